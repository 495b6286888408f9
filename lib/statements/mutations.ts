import type { Prisma } from "../generated/sqlite/client";
import type { Db } from "../db/create-client";
import { recordRevision, type RevisionAction } from "../revisions/record-revision";
import { normalizeStatementInput, sameSnapshot, statementSnapshot } from "../revisions/snapshots";
import { isGeneratedId } from "../validation/identifiers";
import { fieldProblemsOf, type FieldProblems } from "../validation/problems";
import { statementInput, type StatementInput } from "../validation/statement";
import { statementData } from "./persist";

/**
 * Creating, correcting, archiving and restoring statements. Each save checks its references,
 * writes the statement and its revision in one transaction, and bumps `version`; any refusal
 * is thrown inside the transaction so nothing of it is kept. Free of Next.js so it can be
 * tested on both databases.
 */

/** What is wrong with the input, field by field, as message keys: the caller words them. */
export type FieldErrors = FieldProblems<keyof StatementInput>;

export type SavedStatement = { id: string; slug: string; version: number; status: StatementInput["status"] };

export type SaveResult =
  | { ok: true; statement: SavedStatement; unchanged: boolean }
  | { ok: false; reason: "invalid"; fieldErrors: FieldErrors }
  /** Someone saved after the editor loaded the form: `current` is what is stored now. */
  | { ok: false; reason: "stale"; current: StatementInput; currentVersion: number }
  | { ok: false; reason: "not-found" };

type Refusal = Exclude<SaveResult, { ok: true }>;

class SaveRefused extends Error {
  constructor(readonly result: Refusal) {
    super(result.reason);
  }
}

const withThemes = { themes: { select: { slug: true } } } as const;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}

/** Refuses input that points at a missing source or theme, or takes another statement's slug. */
async function checkReferences(tx: Prisma.TransactionClient, input: StatementInput, statementId: string | null) {
  const fieldErrors: FieldErrors = {};
  const sameSlug = await tx.statement.findUnique({ where: { slug: input.slug }, select: { id: true, title: true } });
  if (sameSlug && sameSlug.id !== statementId) fieldErrors.slug = { key: "slugTaken", params: { title: sameSlug.title } };
  if (!(await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true } }))) {
    fieldErrors.sourceId = { key: "sourceMissing", params: { id: input.sourceId } };
  }
  const known = await tx.theme.findMany({ where: { slug: { in: input.themes } }, select: { slug: true } });
  const missing = input.themes.filter((slug) => !known.some((theme) => theme.slug === slug));
  if (missing.length > 0) fieldErrors.themes = { key: "unknownThemes", params: { count: missing.length, themes: missing.join(", ") } };
  if (Object.keys(fieldErrors).length > 0) throw new SaveRefused({ ok: false, reason: "invalid", fieldErrors });
}

async function run(db: Db, work: (tx: Prisma.TransactionClient) => Promise<SaveResult>): Promise<SaveResult> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof SaveRefused) return error.result;
    // Two saves racing for the same slug: the loser is told, like a checked collision.
    if (isUniqueViolation(error)) return { ok: false, reason: "invalid", fieldErrors: { slug: { key: "slugTakenByStatement" } } };
    throw error;
  }
}

export async function createStatement(db: Db, input: StatementInput, authorId: string | null): Promise<SaveResult> {
  const statement = normalizeStatementInput(input);
  return run(db, async (tx) => {
    await checkReferences(tx, statement, null);
    const created = await tx.statement.create({
      data: { ...statementData(statement), createdById: authorId, themes: { connect: statement.themes.map((slug) => ({ slug })) } },
    });
    await recordRevision(tx, { entityType: "statement", entityId: created.id, version: created.version, action: "create", previous: null, next: statement, authorId });
    return { ok: true, statement: saved(created), unchanged: false };
  });
}

/**
 * Saves `input` over the statement `id`, provided it is still at `expectedVersion`. The version
 * is checked again by the update itself, so a save racing this one cannot slip in between.
 */
export async function updateStatement(
  db: Db,
  change: { id: string; expectedVersion: number; input: StatementInput; authorId: string | null; action?: Extract<RevisionAction, "update" | "restore"> },
): Promise<SaveResult> {
  const statement = normalizeStatementInput(change.input);
  return run(db, async (tx) => {
    const existing = await tx.statement.findUnique({ where: { id: change.id }, include: withThemes });
    if (!existing) throw new SaveRefused({ ok: false, reason: "not-found" });
    const previous = statementSnapshot(existing);
    if (existing.version !== change.expectedVersion) {
      throw new SaveRefused({ ok: false, reason: "stale", current: previous, currentVersion: existing.version });
    }
    if (sameSnapshot(previous, statement)) return { ok: true, statement: saved(existing), unchanged: true };
    await checkReferences(tx, statement, existing.id);
    const updated = await tx.statement
      .update({
        where: { id: existing.id, version: change.expectedVersion },
        data: { ...statementData(statement), version: { increment: 1 }, themes: { set: statement.themes.map((slug) => ({ slug })) } },
      })
      .catch(async (error: unknown) => {
        if (!isRecordNotFound(error)) throw error;
        const current = await tx.statement.findUniqueOrThrow({ where: { id: existing.id }, include: withThemes });
        throw new SaveRefused({ ok: false, reason: "stale", current: statementSnapshot(current), currentVersion: current.version });
      });
    const action = change.action ?? (statement.status === "ARCHIVED" && previous.status !== "ARCHIVED" ? "archive" : "update");
    await recordRevision(tx, { entityType: "statement", entityId: existing.id, version: updated.version, action, previous, next: statement, authorId: change.authorId });
    return { ok: true, statement: saved(updated), unchanged: false };
  });
}

/**
 * Puts a statement back to the values a revision recorded, as a new revision. The old values are
 * validated again: a theme or source deleted since then is reported, not silently dropped.
 */
export async function restoreStatementRevision(
  db: Db,
  restore: { revisionId: string; expectedVersion: number; authorId: string | null },
): Promise<SaveResult> {
  const revision = isGeneratedId(restore.revisionId) ? await db.revision.findUnique({ where: { id: restore.revisionId } }) : null;
  if (!revision || revision.entityType !== "statement") return { ok: false, reason: "not-found" };
  const parsed = statementInput.safeParse(JSON.parse(revision.next));
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldProblemsOf(parsed.error.issues) };
  return updateStatement(db, { id: revision.entityId, expectedVersion: restore.expectedVersion, input: parsed.data, authorId: restore.authorId, action: "restore" });
}

function saved(row: { id: string; slug: string; version: number; status: StatementInput["status"] }): SavedStatement {
  return { id: row.id, slug: row.slug, version: row.version, status: row.status };
}
