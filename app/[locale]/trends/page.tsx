import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { KeyPhraseChart, StatementsPerYearChart, ToneOverTimeChart } from "@/components/charts/LazyCharts";
import { SummitComparison } from "@/components/trends/SummitComparison";
import { KeyPhraseTable, PerYearTable, SummitTable, ToneOverTimeTable } from "@/components/trends/tables";
import { TrendSection } from "@/components/trends/TrendSection";
import { pickMessages } from "@/lib/i18n/messages";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { parseStatementFilters, type SearchParams } from "@/lib/statements/filters";
import { keyPhraseTracker } from "@/lib/trends/key-phrases";
import { listMilestones, listTrendStatements } from "@/lib/trends/queries";
import { summitPassages } from "@/lib/trends/summit-passages";
import { keyPhraseSummary, perYearSummary, summitSummary, toneOverTimeSummary } from "@/lib/trends/summaries";
import { tonePoints, yearSpan, yearlyAverages, yearlyLevelCounts } from "@/lib/trends/tone-series";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "trends" });
  return { title: t("metaTitle"), alternates: await localeAlternates("/trends", locale) };
}

export default async function TrendsPage({ params, searchParams }: Props) {
  await connection();
  const locale = await pageLocale(params);
  const t = await getTranslations("trends");
  const parsed = parseStatementFilters(await searchParams);
  if (!parsed.ok) {
    const problem = await getTranslations("timeline.problem");
    return (
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950">
        <h1 className="text-xl font-semibold">{problem("trendsTitle")}</h1>
        <p className="mt-2" lang="en">
          <code>{parsed.param}</code>: {parsed.message}
        </p>
      </div>
    );
  }
  const [statements, milestones] = await Promise.all([listTrendStatements(parsed.filters), listMilestones()]);
  const points = tonePoints(statements);
  const averages = yearlyAverages(statements);
  const perYear = yearlyLevelCounts(statements);
  const tracks = keyPhraseTracker(statements);
  const passages = summitPassages(statements);
  const years = yearSpan(statements);
  const text = { t: await getTranslations("trends.summary"), labels: await getTranslations("labels"), locale };

  return (
    <div className="space-y-12">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      </header>

      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["trends", "labels"])}>
        <TrendSection
          id="tone-over-time"
          title={t("sections.toneOverTime")}
          summary={toneOverTimeSummary(averages, text)}
          chart={
            <ToneOverTimeChart
              points={points}
              averages={averages}
              milestones={milestones.map((milestone) => ({ slug: milestone.slug, title: milestone.title, t: milestone.date.getTime() }))}
            />
          }
          table={<ToneOverTimeTable points={points} averages={averages} />}
        />

        <TrendSection
          id="statements-per-year"
          title={t("sections.perYear")}
          summary={perYearSummary(perYear, text)}
          chart={<StatementsPerYearChart years={perYear} />}
          table={<PerYearTable years={perYear} />}
        />

        <TrendSection
          id="key-phrases"
          title={t("sections.keyPhrases")}
          summary={keyPhraseSummary(tracks, text)}
          chart={<KeyPhraseChart tracks={tracks.filter((track) => track.first)} years={years} />}
          table={<KeyPhraseTable tracks={tracks} />}
        />

        <TrendSection
          id="summit-texts"
          title={t("sections.summits")}
          summary={summitSummary(passages, text)}
          chart={<SummitComparison passages={passages} />}
          table={<SummitTable passages={passages} />}
        />
      </NextIntlClientProvider>
    </div>
  );
}
