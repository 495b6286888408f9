import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RestoreRevisionButton } from "@/components/editor/RestoreRevisionButton";
import { RevisionList } from "@/components/editor/RevisionList";
import { StatementEditorLinks } from "@/components/editor/StatementEditorLinks";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { savedVersion } from "@/lib/revisions/saved-notice";
import { restoreRevision } from "@/lib/statements/actions";
import { getStatementHistory } from "@/lib/statements/editor-queries";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "history" });
  return { title: t("metaTitle"), alternates: await localeAlternates(`/statements/${(await params).slug}/history`, locale) };
}

/** The `?error=` of a refused restore, as a message key. */
const ERRORS = { "401": "unauthenticated", "403": "forbidden", stale: "stale", invalid: "invalid", "not-found": "notFound" } as const;
const isRestoreError = (value: unknown): value is keyof typeof ERRORS => typeof value === "string" && Object.hasOwn(ERRORS, value);

export default async function StatementHistoryPage({ params, searchParams }: Props) {
  await connection();
  const [{ slug }, query, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  const t = await getTranslations("history");
  const labels = await getTranslations("labels");
  const history = await getStatementHistory(slug);
  const isEditor = hasRole(user?.role, "editor");
  // Drafts and archived statements are not public, and neither is their history.
  if (!history || (history.statement.status !== "PUBLISHED" && !isEditor)) notFound();
  const { statement, revisions } = history;
  const isAdmin = hasRole(user?.role, "admin");
  const error = isRestoreError(query.error) ? t(`errors.${ERRORS[query.error]}`) : undefined;
  const saved = savedVersion(query.saved, statement.version);

  return (
    <>
      <h1 className="text-2xl font-bold">{t("title", { title: statement.title })}</h1>
      <div className="mb-6 mt-2 flex flex-wrap items-center gap-4 text-sm text-zinc-600 dark:text-zinc-400">
        <span>{t("status", { version: statement.version, status: labels(`publicationStatus.${statement.status}`) })}</span>
        <StatementEditorLinks slug={statement.slug} canEdit={isEditor} />
      </div>
      {saved !== null && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-sm dark:border-green-900 dark:bg-green-950">
          {t("saved", { version: saved })}
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
