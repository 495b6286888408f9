import { diffSnapshots } from "@/lib/revisions/diff";
import { STATEMENT_FIELD_LABELS } from "@/lib/statements/labels";
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

const ACTION_LABELS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  archive: "Archived",
  restore: "Restored an earlier version",
  seed: "Updated from the seed files",
};

/** Every revision, newest first, each with what it changed; `restore` renders the admin's button. */
export function RevisionList({ revisions, restore }: { revisions: RevisionItem[]; restore?: (revision: RevisionItem) => React.ReactNode }) {
  return (
    <ol className="flex flex-col gap-4">
      {revisions.map((revision) => (
        <li key={revision.id} aria-label={`Version ${revision.version}`} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm">
            <span className="font-semibold">Version {revision.version}</span>
            <span>{ACTION_LABELS[revision.action] ?? revision.action}</span>
            <span className="text-zinc-600 dark:text-zinc-400">by {revision.author ?? "the seed import"}</span>
            <time dateTime={revision.createdAt.toISOString()} className="text-zinc-600 dark:text-zinc-400">
              {revision.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
            </time>
          </header>
          <ChangeList changes={diffSnapshots(revision.previous, revision.next)} labels={STATEMENT_FIELD_LABELS} />
          {restore?.(revision)}
        </li>
      ))}
    </ol>
  );
}
