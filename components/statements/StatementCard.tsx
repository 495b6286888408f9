import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/date";
import { Link } from "@/lib/i18n/link";
import { statementPath } from "@/lib/site/urls";
import { excerpt } from "@/lib/statements/highlight";
import type { TimelineStatement } from "@/lib/statements/queries";
import { Highlighted } from "./Highlighted";
import { ToneBadge } from "./ToneBadge";
import { VerificationBadge } from "./VerificationBadge";

export function StatementCard({ statement, terms }: { statement: TimelineStatement; terms: readonly string[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const who = [statement.speaker, statement.body].filter(Boolean).join(" · ");
  return (
    <article
      aria-labelledby={`statement-${statement.slug}`}
      className="min-w-0 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
        <time dateTime={statement.date.toISOString().slice(0, 10)} className="font-medium text-zinc-900 dark:text-zinc-100">
          {formatDate(statement.date, locale)}
        </time>
        <span>{t(`labels.documentType.${statement.documentType}`)}</span>
        {who && <span>{who}</span>}
        <ToneBadge level={statement.toneLevel} />
      </header>
      <h3 id={`statement-${statement.slug}`} className="mt-2 text-base font-semibold">
        <Link href={statementPath(statement.slug)} className="underline decoration-zinc-400 underline-offset-2 hover:decoration-2">
          <Highlighted text={statement.title} terms={terms} />
        </Link>
      </h3>
      {statement.quote ? (
        <blockquote lang={statement.language} className="mt-2 border-l-4 border-zinc-300 pl-3 break-words text-zinc-800 dark:border-zinc-700 dark:text-zinc-200">
          <Highlighted text={excerpt(statement.quote, terms)} terms={terms} />
        </blockquote>
      ) : (
        statement.summary && <p className="mt-2 text-zinc-700 italic dark:text-zinc-300">{excerpt(statement.summary)}</p>
      )}
      <footer className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
        <span>
          {statement.source.outlet} ({t(`labels.sourceKind.${statement.source.kind}`)})
        </span>
        <VerificationBadge status={statement.verification} />
        {statement.themes.length > 0 && (
          <ul aria-label={t("timeline.themes")} className="flex flex-wrap gap-1">
            {statement.themes.map((theme) => (
              <li key={theme.slug} className="rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800">
                {theme.name}
              </li>
            ))}
          </ul>
        )}
      </footer>
    </article>
  );
}
