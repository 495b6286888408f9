import { formatDate } from "@/lib/format/date";
import { DOCUMENT_TYPE_LABELS, SOURCE_KIND_LABELS, VERIFICATION_LABELS } from "@/lib/statements/labels";
import type { TimelineStatement } from "@/lib/statements/queries";
import { ToneBadge } from "./ToneBadge";

export function StatementCard({ statement }: { statement: TimelineStatement }) {
  const who = [statement.speaker, statement.body].filter(Boolean).join(" · ");
  return (
    <article
      aria-labelledby={`statement-${statement.slug}`}
      className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <time dateTime={statement.date.toISOString().slice(0, 10)} className="font-medium text-zinc-900 dark:text-zinc-100">
          {formatDate(statement.date)}
        </time>
        <span>{DOCUMENT_TYPE_LABELS[statement.documentType]}</span>
        {who && <span>{who}</span>}
        <ToneBadge level={statement.toneLevel} />
      </header>
      <h3 id={`statement-${statement.slug}`} className="mt-2 text-base font-semibold">
        {statement.title}
      </h3>
      {statement.quote ? (
        <blockquote lang={statement.language} className="mt-2 border-l-4 border-zinc-300 pl-3 text-zinc-800 dark:border-zinc-700 dark:text-zinc-200">
          {statement.quote}
        </blockquote>
      ) : (
        statement.summary && <p className="mt-2 text-zinc-700 italic dark:text-zinc-300">{statement.summary}</p>
      )}
      <footer className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span>
          {statement.source.outlet} ({SOURCE_KIND_LABELS[statement.source.kind]})
        </span>
        <span>{VERIFICATION_LABELS[statement.verification]}</span>
        {statement.themes.length > 0 && <span>{statement.themes.map((theme) => theme.name).join(", ")}</span>}
      </footer>
    </article>
  );
}
