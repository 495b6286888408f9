import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RestoreRevisionButton } from "@/components/editor/RestoreRevisionButton";
import { RevisionList } from "@/components/editor/RevisionList";
import { StatementEditorLinks } from "@/components/editor/StatementEditorLinks";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { restoreRevision } from "@/lib/statements/actions";
import { getStatementHistory } from "@/lib/statements/editor-queries";
import { PUBLICATION_STATUS_LABELS } from "@/lib/statements/labels";

export const metadata: Metadata = { title: "Statement history" };

const ERRORS: Record<string, string> = {
  "401": "Sign in as an admin to restore a revision.",
  "403": "Only admins can restore a revision.",
  stale: "Not restored: the statement changed since this page was loaded. Check the latest version and try again.",
  invalid: "This revision can no longer be restored: its source or themes no longer exist, or its slug is taken.",
  "not-found": "That revision does not exist.",
};

export default async function StatementHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const [{ slug }, query, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  const history = await getStatementHistory(slug);
  const isEditor = hasRole(user?.role, "editor");
  // Drafts and archived statements are not public, and neither is their history.
  if (!history || (history.statement.status !== "PUBLISHED" && !isEditor)) notFound();
  const { statement, revisions } = history;
  const isAdmin = hasRole(user?.role, "admin");
  const error = typeof query.error === "string" ? ERRORS[query.error] : undefined;

  return (
    <>
      <h1 className="text-2xl font-bold">History: {statement.title}</h1>
      <div className="mb-6 mt-2 flex flex-wrap items-center gap-4 text-sm text-zinc-600 dark:text-zinc-400">
        <span>
          Version {statement.version} · {PUBLICATION_STATUS_LABELS[statement.status]}
        </span>
        <StatementEditorLinks slug={statement.slug} canEdit={isEditor} />
      </div>
      {typeof query.saved === "string" && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-sm dark:border-green-900 dark:bg-green-950">
          Saved version {query.saved}.
        </p>
      )}
      {error && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950">
          {error}
        </p>
      )}
      <RevisionList
        revisions={revisions}
        restore={
          isAdmin
            ? (revision) =>
                revision.version !== statement.version && (
                  <RestoreRevisionButton
                    action={restoreRevision}
                    revisionId={revision.id}
                    revisionVersion={revision.version}
                    currentVersion={statement.version}
                    slug={statement.slug}
                  />
                )
            : undefined
        }
      />
    </>
  );
}
