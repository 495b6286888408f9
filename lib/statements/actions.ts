"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { AuthorizationError, checkRole, requireRole } from "../auth/session";
import { PUBLISHED_STATEMENTS_TAG } from "../cache/published-data";
import { db } from "../db/client";
import { diffSnapshots } from "../revisions/diff";
import { isGeneratedId } from "../validation/identifiers";
import { statementInput } from "../validation/statement";
import { readStatementForm, statementCandidate, fieldErrorsOf, type StatementFormState } from "./form";
import { statementAtVersion } from "./editor-queries";
import { createStatement, restoreStatementRevision, updateStatement, type SaveResult } from "./mutations";

/**
 * The editor's server actions. Each checks the session and role first and changes nothing for
 * anyone else; the input is validated again here with the form's own schema. Every export of
 * this file is a public endpoint, so nothing else belongs here.
 */

function revalidateStatement(slug: string, previousSlug?: string) {
  // Published changes show at once: the timeline (its count and filter choices are cached data),
  // the statement and its history.
  updateTag(PUBLISHED_STATEMENTS_TAG);
  revalidatePath("/");
  for (const s of new Set([slug, previousSlug].filter(Boolean))) {
    revalidatePath(`/statements/${s}`);
    revalidatePath(`/statements/${s}/history`);
  }
}

/** Saves the statement form: creates when `statementId` is null, otherwise updates that statement. */
export async function saveStatement(statementId: string | null, previous: StatementFormState, formData: FormData): Promise<StatementFormState> {
  const values = readStatementForm(formData);
  const version = Number(formData.get("version"));
  const state: StatementFormState = { attempt: (Number(previous?.attempt) || 0) + 1, values, version, fieldErrors: {} };

  const authorized = await checkRole("editor");
  if (!authorized.ok) return { ...state, message: authorized.message };
  const user = authorized.user;

  // The bound id comes back from the browser like any field: one that cannot exist is not looked up.
  if (statementId !== null && (typeof statementId !== "string" || !isGeneratedId(statementId))) return { ...state, message: "This statement no longer exists." };
  const parsed = statementInput.safeParse(statementCandidate(values));
  if (!parsed.success) return { ...state, fieldErrors: fieldErrorsOf(parsed.error.issues), message: "Some fields need correcting." };
  if (statementId && !Number.isInteger(version)) return { ...state, message: "The form lost track of its version; reload the page." };

  const before = statementId ? await db.statement.findUnique({ where: { id: statementId }, select: { slug: true } }) : null;
  const result: SaveResult = statementId
    ? await updateStatement(db, { id: statementId, expectedVersion: version, input: parsed.data, authorId: user.id })
    : await createStatement(db, parsed.data, user.id);

  if (!result.ok) {
    if (result.reason === "invalid") return { ...state, fieldErrors: result.fieldErrors, message: "Some fields need correcting." };
    if (result.reason === "not-found") return { ...state, message: "This statement no longer exists." };
    const loaded = statementId ? await statementAtVersion(statementId, version) : null;
    return {
      ...state,
      // The next save is a deliberate overwrite of what the editor has now seen.
      version: result.currentVersion,
      message: `Not saved: someone else saved version ${result.currentVersion} while you were editing. Their changes are shown below and your input is kept; save again to replace their version with yours.`,
      conflict: { version: result.currentVersion, changes: diffSnapshots(loaded, result.current) },
    };
  }

  revalidateStatement(result.statement.slug, before?.slug);
  redirect(`/statements/${result.statement.slug}/history?saved=${result.statement.version}`);
}

/** Admin only: puts the statement back to a revision's values, as a new revision. */
export async function restoreRevision(formData: FormData): Promise<void> {
  const slug = String(formData.get("slug") ?? "");
  let user;
  try {
    user = await requireRole("admin");
  } catch (error) {
    if (error instanceof AuthorizationError) redirect(`/statements/${encodeURIComponent(slug)}/history?error=${error.status}`);
    throw error;
  }
  const result = await restoreStatementRevision(db, {
    revisionId: String(formData.get("revisionId") ?? ""),
    expectedVersion: Number(formData.get("version")),
    authorId: user.id,
  });
  if (!result.ok) redirect(`/statements/${encodeURIComponent(slug)}/history?error=${result.reason}`);
  revalidateStatement(result.statement.slug, slug);
  redirect(`/statements/${result.statement.slug}/history?saved=${result.statement.version}`);
}
