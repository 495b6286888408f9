import { useLocale, useTranslations } from "next-intl";
import { formatIsoDate } from "@/lib/format/date";
import type { SummitPassage } from "@/lib/trends/summit-passages";

/**
 * The China passage of each summit text side by side; from the second on, the words added since
 * the previous summit are underlined and highlighted, the words dropped struck through.
 */
export function SummitComparison({ passages }: { passages: SummitPassage[] }) {
  const t = useTranslations("trends.comparison");
  const locale = useLocale();
  if (passages.length === 0) return null;
  return (
    <div className="relative -mx-4 overflow-x-auto px-4" tabIndex={0} role="region" aria-label={t("region")}>
      <ol className="grid auto-cols-[minmax(16rem,1fr)] grid-flow-col gap-4" data-summit-passages>
        {passages.map((passage) => (
          <li key={passage.sourceId} className="rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-summit={passage.sourceId}>
            <h3 className="font-semibold">{passage.name}</h3>
            <p className="text-xs text-zinc-600 dark:text-zinc-400">
              <time dateTime={passage.date}>{formatIsoDate(passage.date, locale)}</time>
              {passage.changes ? t("changes", { added: passage.changes.added, removed: passage.changes.removed }) : t("first")}
            </p>
            <p className="mt-2 leading-relaxed">
              {passage.changes
                ? passage.changes.parts.map((part, index) =>
                    part.change === "added" ? (
                      <ins key={index} className="bg-amber-100 underline decoration-2 dark:bg-amber-900/60">
                        <span className="sr-only">{t("added")}</span>
                        {part.text}
                        <span className="sr-only">{t("end")}</span>
                      </ins>
                    ) : part.change === "removed" ? (
                      <del key={index} className="text-zinc-500 line-through dark:text-zinc-400">
                        <span className="sr-only">{t("dropped")}</span>
                        {part.text}
                        <span className="sr-only">{t("end")}</span>
                      </del>
                    ) : (
                      <span key={index}>{part.text}</span>
                    ),
                  )
                : passage.text}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
