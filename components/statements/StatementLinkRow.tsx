import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { formatDate } from "@/lib/format/date";
import { Link } from "@/lib/i18n/link";
import { statementPath } from "@/lib/site/urls";
import { ToneBadge } from "./ToneBadge";

type Linked = { slug: string; title: string; date: Date; toneLevel: number };

/** One statement in a list of links: its title, date and tone, plus any note after them. */
export function StatementLinkRow({ statement, children }: { statement: Linked; children?: ReactNode }) {
  const locale = useLocale();
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Link href={statementPath(statement.slug)} className="font-medium underline underline-offset-2">
        {statement.title}
      </Link>
      <span className="text-sm text-zinc-700 dark:text-zinc-300">{formatDate(statement.date, locale)}</span>
      <ToneBadge level={statement.toneLevel} />
      {children}
    </li>
  );
}
