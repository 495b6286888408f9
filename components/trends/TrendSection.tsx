import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type TrendSectionProps = {
  id: string;
  title: string;
  /** What the chart shows, in words: read before the chart and instead of it. */
  summary: string;
  chart: ReactNode;
  /** The chart's data as a table, for screen readers and anyone who prefers numbers. */
  table: ReactNode;
};

export function TrendSection({ id, title, summary, chart, table }: TrendSectionProps) {
  const t = useTranslations("trends");
  return (
    <section aria-labelledby={`${id}-heading`} data-section={id} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {title}
      </h2>
      <p className="max-w-2xl text-zinc-700 dark:text-zinc-300" data-summary>
        {summary}
      </p>
      {chart}
      <details className="rounded border border-zinc-200 p-3 dark:border-zinc-800">
        <summary className="cursor-pointer font-medium">{t("dataTable")}</summary>
        <div className="mt-3 overflow-x-auto">{table}</div>
      </details>
    </section>
  );
}
