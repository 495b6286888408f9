import { useLocale, useTranslations } from "next-intl";
import { StatementCard } from "@/components/statements/StatementCard";
import { formatDate } from "@/lib/format/date";
import { groupByYear } from "@/lib/statements/group-by-year";
import type { TimelineItem } from "@/lib/statements/queries";

/** The vertical timeline: a section per year, statements and milestones in date order. */
export function Timeline({ entries, terms }: { entries: TimelineItem[]; terms: readonly string[] }) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  return (
    <div className="space-y-10">
      {groupByYear(entries).map(({ year, items }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="sticky top-0 z-10 bg-zinc-50/95 py-2 text-2xl font-bold backdrop-blur dark:bg-zinc-950/95">
            {year}
          </h2>
          <ol className="relative mt-3 space-y-4 border-l-2 border-zinc-300 pl-4 sm:pl-6 dark:border-zinc-700">
            {items.map((entry) =>
              entry.kind === "statement" ? (
                <li key={entry.statement.slug} className="relative">
                  <span aria-hidden="true" className="absolute top-5 -left-[1.4rem] size-3 rounded-full border-2 border-zinc-50 bg-zinc-500 sm:-left-[1.9rem] dark:border-zinc-950" />
                  <StatementCard statement={entry.statement} terms={terms} />
                </li>
              ) : (
                <li key={entry.milestone.slug} className="relative">
                  <span aria-hidden="true" className="absolute top-1.5 -left-[1.45rem] size-3.5 rotate-45 bg-blue-700 sm:-left-[1.95rem] dark:bg-blue-400" />
                  <div className="rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm dark:border-blue-900 dark:bg-blue-950">
                    <p className="font-semibold text-blue-900 dark:text-blue-100">
                      <span className="sr-only">{t("milestone")}</span>
                      <time dateTime={entry.milestone.date.toISOString().slice(0, 10)}>{formatDate(entry.milestone.date, locale)}</time> — {entry.milestone.title}
                    </p>
                    {entry.milestone.description && <p className="mt-1 text-blue-950 dark:text-blue-100">{entry.milestone.description}</p>}
                  </div>
                </li>
              ),
            )}
          </ol>
        </section>
      ))}
    </div>
  );
}
