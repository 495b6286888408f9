import { connection } from "next/server";
import { DownloadLinks } from "@/components/timeline/DownloadLinks";
import { EmptyResults } from "@/components/timeline/EmptyResults";
import { FilterForm } from "@/components/timeline/FilterForm";
import { FilterProblem } from "@/components/timeline/FilterProblem";
import { PageLinks } from "@/components/timeline/PageLinks";
import { Timeline } from "@/components/timeline/Timeline";
import { languageName } from "@/lib/format/language";
import { filterQuery, parseStatementFilters, pickFilterParams, type SearchParams } from "@/lib/statements/filters";
import { searchTerms } from "@/lib/statements/highlight";
import { parseCursor } from "@/lib/statements/pagination";
import { getFilterOptions, getTimelinePage } from "@/lib/statements/queries";

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const current = pickFilterParams(params);
  const parsed = parseStatementFilters(params);
  const cursor = parseCursor(params.after);
  const [options, page] = await Promise.all([
    getFilterOptions(),
    parsed.ok && cursor.ok ? getTimelinePage(parsed.filters, cursor.after) : undefined,
  ]);
  const problem = !parsed.ok ? parsed : !cursor.ok ? cursor : page && !page.ok ? page : undefined;
  const href = (after?: string) => `/?${filterQuery(current, { after })}`.replace(/\?$/, "");

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">NATO on China, 2017–2024</h1>
      <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">
        What NATO said about China, statement by statement: from silence in 2017 to calling China a &ldquo;decisive enabler&rdquo; of
        Russia&rsquo;s war in 2024. Years when China went unmentioned are shown as data points too.
      </p>
      <div className="mt-6">
        <FilterForm
          current={current}
          speakers={options.speakers}
          themes={options.themes.map((theme) => ({ value: theme.slug, label: theme.name }))}
          languages={options.languages.map((code) => ({ value: code, label: languageName(code) }))}
        />
      </div>
      <div className="mt-6">
        {problem ? (
          <FilterProblem param={problem.param} message={problem.message} />
        ) : page?.ok ? (
          <>
            <p aria-live="polite" className="mb-4 font-medium">
              {page.total === 1 ? "1 statement" : `${page.total} statements`}
              {Object.keys(current).some((key) => key !== "sort") ? (page.total === 1 ? " matches these filters" : " match these filters") : ""}
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
