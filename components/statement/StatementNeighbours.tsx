import { useLocale, useTranslations } from "next-intl";
import { StatementLinkRow } from "@/components/statements/StatementLinkRow";
import { formatDate } from "@/lib/format/date";
import { Link } from "@/lib/i18n/link";
import { statementPath } from "@/lib/site/urls";

type Neighbour = { slug: string; title: string; date: Date };

/** Previous and next statement in time. */
export function StatementNeighbours({ previous, next }: { previous: Neighbour | null; next: Neighbour | null }) {
  const t = useTranslations("statement.neighbours");
  const locale = useLocale();
  return (
    <nav aria-label={t("label")} className="mt-10 grid gap-3 border-t border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800">
      {[
        { neighbour: previous, label: t("previous"), rel: "prev", align: "" },
        { neighbour: next, label: t("next"), rel: "next", align: "sm:text-right" },
      ].map(({ neighbour, label, rel, align }) => (
        <div key={rel} className={align}>
          {neighbour && (
            <Link href={statementPath(neighbour.slug)} rel={rel} className="group block">
              <span className="text-sm text-zinc-700 dark:text-zinc-300">{label}</span>
              <span className="block font-medium underline underline-offset-2 group-hover:decoration-2">{neighbour.title}</span>
              <span className="text-sm text-zinc-700 dark:text-zinc-300">{formatDate(neighbour.date, locale)}</span>
            </Link>
          )}
        </div>
      ))}
    </nav>
  );
}

/** Statements sharing themes with this one. */
export function RelatedStatements({ related }: { related: (Neighbour & { toneLevel: number })[] }) {
  const t = useTranslations("statement");
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="text-xl font-semibold">
        {t("related")}
      </h2>
      <ul className="mt-3 space-y-3">
        {related.map((statement) => (
          <StatementLinkRow key={statement.slug} statement={statement} />
        ))}
      </ul>
    </section>
  );
}
