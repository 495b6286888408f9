import { useLocale, useTranslations } from "next-intl";
import { intlLocale } from "@/lib/format/date";
import { diffSnapshots } from "@/lib/revisions/diff";
import { ChangeList } from "./ChangeList";

export type RevisionItem = {
  id: string;
  version: number;
  action: string;
  createdAt: Date;
  author: string | null;
  previous: Record<string, unknown> | null;
  next: Record<string, unknown>;
};

const ACTIONS = ["create", "update", "archive", "restore", "seed"] as const;
const isKnownAction = (action: string): action is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(action);

/** Every revision, newest first, each with what it changed; `restore` renders the admin's button. */
export function RevisionList({ revisions, restore }: { revisions: RevisionItem[]; restore?: (revision: RevisionItem) => React.ReactNode }) {
  const t = useTranslations("history");
  // "10 July 2024 at 14:03" / "10 juillet 2024 à 14:03", in the regional variant the site's dates use.
  const when = new Intl.DateTimeFormat(intlLocale(useLocale()), { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  return (
    <ol className="flex flex-col gap-4">
      {revisions.map((revision) => (
        <li key={revision.id} aria-label={t("revision.label", { version: revision.version })} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm">
            <span className="font-semibold">{t("revision.label", { version: revision.version })}</span>
            <span>{isKnownAction(revision.action) ? t(`actions.${revision.action}`) : revision.action}</span>
            <span className="text-zinc-600 dark:text-zinc-400">{revision.author ? t("revision.by", { author: revision.author }) : t("revision.bySeedImport")}</span>
            <time dateTime={revision.createdAt.toISOString()} className="text-zinc-600 dark:text-zinc-400">
              {t("revision.time", { time: when.format(revision.createdAt) })}
            </time>
          </header>
          <ChangeList changes={diffSnapshots(revision.previous, revision.next)} />
          {restore?.(revision)}
        </li>
      ))}
    </ol>
  );
}
