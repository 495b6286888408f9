import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { DownloadLinks } from "@/components/timeline/DownloadLinks";
import { EmptyResults } from "@/components/timeline/EmptyResults";
import { FilterForm } from "@/components/timeline/FilterForm";
import { FilterProblem } from "@/components/timeline/FilterProblem";
import { PageLinks } from "@/components/timeline/PageLinks";
import { Timeline } from "@/components/timeline/Timeline";
import { languageLabel } from "@/lib/format/language";
import { pickMessages } from "@/lib/i18n/messages";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { filterQuery, parseStatementFilters, pickFilterParams, type SearchParams } from "@/lib/statements/filters";
import { searchTerms } from "@/lib/statements/highlight";
import { parseCursor } from "@/lib/statements/pagination";
import { getFilterOptions, getTimelinePage } from "@/lib/statements/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  // Filtered views are views of this page, not pages of their own: no canonical address for them.
  return { alternates: await localeAlternates("/", locale, { canonical: false }) };
}

export default async function HomePage({ params, searchParams }: Props) {
  await connection();
  const locale = await pageLocale(params);
  const t = await getTranslations("timeline");
  const query = await searchParams;
  const current = pickFilterParams(query);
  const parsed = parseStatementFilters(query);
  const cursor = parseCursor(query.after);
  const [options, page] = await Promise.all([
    getFilterOptions(),
    parsed.ok && cursor.ok ? getTimelinePage(parsed.filters, cursor.after) : undefined,
  ]);
  const problem = !parsed.ok ? parsed : !cursor.ok ? cursor : page && !page.ok ? page : undefined;
  const href = (after?: string) => `/?${filterQuery(current, { after })}`.replace(/\?$/, "");
  const filtered = Object.keys(current).some((key) => key !== "sort");

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <div className="mt-6">
        <NextIntlClientProvider messages={pickMessages(await getMessages(), ["timeline", "labels"])}>
          <FilterForm
            current={current}
            speakers={options.speakers}
            themes={options.themes.map((theme) => ({ value: theme.slug, label: theme.name }))}
            languages={options.languages.map((code) => ({ value: code, label: languageLabel(code, locale) }))}
          />
        </NextIntlClientProvider>
      </div>
      <div className="mt-6">
        {problem ? (
          <FilterProblem param={problem.param} message={problem.message} />
        ) : page?.ok ? (
          <>
            <p aria-live="polite" className="mb-4 font-medium">
              {page.totalIsLowerBound
                ? t("countMatchingAtLeast", { count: page.total })
                : filtered
                  ? t("countMatching", { count: page.total })
                  : t("count", { count: page.total })}
            </p>
            {page.total === 0 ? (
              <EmptyResults />
            ) : (
              <>
                <DownloadLinks query={filterQuery(current)} />
                <Timeline entries={page.entries} terms={searchTerms(parsed.ok ? parsed.filters.q : undefined)} />
                <PageLinks firstHref={href()} nextHref={page.nextCursor ? href(page.nextCursor) : undefined} isFirstPage={page.isFirstPage} />
              </>
            )}
          </>
        ) : null}
      </div>
    </>
  );
}
