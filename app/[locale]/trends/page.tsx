import type { Metadata } from "next";
import { connection } from "next/server";
import { KeyPhraseChart, StatementsPerYearChart, ToneOverTimeChart } from "@/components/charts/LazyCharts";
import { SummitComparison } from "@/components/trends/SummitComparison";
import { KeyPhraseTable, PerYearTable, SummitTable, ToneOverTimeTable } from "@/components/trends/tables";
import { TrendSection } from "@/components/trends/TrendSection";
import { parseStatementFilters, type SearchParams } from "@/lib/statements/filters";
import { keyPhraseTracker } from "@/lib/trends/key-phrases";
import { listMilestones, listTrendStatements } from "@/lib/trends/queries";
import { summitPassages } from "@/lib/trends/summit-passages";
import { keyPhraseSummary, perYearSummary, summitSummary, toneOverTimeSummary } from "@/lib/trends/summaries";
import { tonePoints, yearSpan, yearlyAverages, yearlyLevelCounts } from "@/lib/trends/tone-series";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const parsed = parseStatementFilters(await searchParams);
  if (!parsed.ok) {
    return (
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950">
        <h1 className="text-xl font-semibold">These filters cannot be applied</h1>
        <p className="mt-2">
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

  return (
    <div className="space-y-12">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Trends: from &ldquo;not an adversary&rdquo; to &ldquo;decisive enabler&rdquo;</h1>
        <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">
          How the tone of NATO&rsquo;s statements on China shifted, year by year, as the editors rated it. Select a point or a bar to
          see those statements on the timeline. The same filters as the timeline apply here.
        </p>
      </header>

      <TrendSection
        id="tone-over-time"
        title="Tone over time"
        summary={toneOverTimeSummary(averages)}
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
        title="Statements per year"
        summary={perYearSummary(perYear)}
        chart={<StatementsPerYearChart years={perYear} />}
        table={<PerYearTable years={perYear} />}
      />

      <TrendSection
        id="key-phrases"
        title="Key phrases"
        summary={keyPhraseSummary(tracks)}
        chart={<KeyPhraseChart tracks={tracks.filter((track) => track.first)} years={years} />}
        table={<KeyPhraseTable tracks={tracks} />}
      />

      <TrendSection
        id="summit-texts"
        title="Summit texts on China, side by side"
        summary={summitSummary(passages)}
        chart={<SummitComparison passages={passages} />}
        table={<SummitTable passages={passages} />}
      />
    </div>
  );
}
