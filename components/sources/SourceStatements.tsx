import { useTranslations } from "next-intl";
import { StatementLinkRow } from "@/components/statements/StatementLinkRow";

type Quoted = { slug: string; title: string; date: Date; toneLevel: number; quote: string | null };

/** The statements taken from a source; with a stored text, whether each quote occurs in it verbatim. */
export function SourceStatements({ statements, notFound, hasText }: { statements: Quoted[]; notFound: ReadonlySet<string>; hasText: boolean }) {
  const t = useTranslations("sources");
  if (statements.length === 0) return <p className="mt-2">{t("noStatements")}</p>;
  return (
    <ul className="mt-3 space-y-3">
      {statements.map((statement) => (
        <StatementLinkRow key={statement.slug} statement={statement}>
          {hasText && statement.quote && notFound.has(statement.slug) && (
            <span className="rounded border border-red-700 px-1.5 py-0.5 text-xs font-medium text-red-800 dark:border-red-400 dark:text-red-300">
              {t("quoteNotFound")}
            </span>
          )}
          {hasText && !statement.quote && <span className="text-sm text-zinc-700 dark:text-zinc-300">{t("noQuote")}</span>}
        </StatementLinkRow>
      ))}
    </ul>
  );
}
