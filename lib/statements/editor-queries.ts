import "server-only";
import { db } from "../db/client";
import { statementSnapshot } from "../revisions/snapshots";
import { isStatementSlug } from "../validation/identifiers";
import type { StatementInput } from "../validation/statement";

/** A statement as the edit form loads it: its current values and the version they are. */
export async function getStatementForEditing(slug: string) {
  if (!isStatementSlug(slug)) return null;
  const row = await db.statement.findUnique({ where: { slug }, include: { themes: { select: { slug: true } } } });
  return row && { id: row.id, slug: row.slug, title: row.title, version: row.version, input: statementSnapshot(row) };
}

/** What the form's source and theme pickers offer. */
export async function getEditorOptions() {
  const [sources, themes] = await Promise.all([
    db.source.findMany({ orderBy: [{ publishedAt: "desc" }, { title: "asc" }], select: { id: true, title: true, outlet: true, publishedAt: true } }),
    db.theme.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { sources, themes };
}

export type EditorOptions = Awaited<ReturnType<typeof getEditorOptions>>;

/** The values a statement had at `version`, from the revision that produced it. */
export async function statementAtVersion(statementId: string, version: number): Promise<StatementInput | null> {
  const revision = await db.revision.findFirst({ where: { entityType: "statement", entityId: statementId, version }, orderBy: { createdAt: "desc" } });
  return revision && (JSON.parse(revision.next) as StatementInput);
}

/** A statement and every revision of it, newest first, with who made each. */
export async function getStatementHistory(slug: string) {
  if (!isStatementSlug(slug)) return null;
  const statement = await db.statement.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, status: true, version: true } });
  if (!statement) return null;
  const revisions = await db.revision.findMany({
    where: { entityType: "statement", entityId: statement.id },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    include: { author: { select: { name: true, email: true } } },
  });
  return {
    statement,
    revisions: revisions.map((revision) => ({
      id: revision.id,
      version: revision.version,
      action: revision.action,
      createdAt: revision.createdAt,
      author: revision.author?.name ?? null,
      previous: revision.previous ? (JSON.parse(revision.previous) as Record<string, unknown>) : null,
      next: JSON.parse(revision.next) as Record<string, unknown>,
    })),
  };
}
