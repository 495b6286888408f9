"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { authRefusal, AuthorizationError, checkRole, requireRole } from "../auth/session";
import { PUBLISHED_STATEMENTS_TAG } from "../cache/published-data";
import { db } from "../db/client";
import { localizePath } from "../i18n/locale-path";
import { diffSnapshots } from "../revisions/diff";
import { isGeneratedId } from "../validation/identifiers";
import { fieldProblemsOf } from "../validation/problems";
import { statementInput } from "../validation/statement";
import { problemTexts } from "../validation/wording";
import { readStatementForm, statementCandidate, type StatementFormState } from "./form";
import { statementAtVersion } from "./editor-queries";
import { createStatement, restoreStatementRevision, updateStatement, type SaveResult } from "./mutations";

/**
 * The editor's server actions. Each checks the session and role first and changes nothing for
 * anyone else; the input is validated again here with the form's own schema. Every message is
 * worded in the language of the page the form is on. Every export of this file is a public
 * endpoint, so nothing else belongs here.
 */

function revalidateStatementPages() {
  // Published changes show at once, in both languages: the timeline's count and filter choices
  // (cached data), and the timeline, the statement and its history, which all sit under this layout.
  updateTag(PUBLISHED_STATEMENTS_TAG);
  revalidatePath("/[locale]", "layout");
}

/** Saves the statement form: creates when `statementId` is null, otherwise updates that statement. */
export async function saveStatement(statementId: string | null, previous: StatementFormState, formData: FormData): Promise<StatementFormState> {
  const values = readStatementForm(formData);
  const version = Number(formData.get("version"));
  const state: StatementFormState = { attempt: (Number(previous?.attempt) || 0) + 1, values, version, fieldErrors: {} };

  const authorized = await checkRole("editor");
  if (!authorized.ok) return { ...state, message: await authRefusal(authorized.status) };
  const user = authorized.user;
  const t = await getTranslations("editor");

  // The bound id comes back from the browser like any field: one that cannot exist is not looked up.
  if (statementId !== null && (typeof statementId !== "string" || !isGeneratedId(statementId))) return { ...state, message: t("outcome.statementGone") };
  const parsed = statementInput.safeParse(statementCandidate(values));
  if (!parsed.success) return { ...state, fieldErrors: problemTexts(t, fieldProblemsOf(parsed.error.issues)), message: t("outcome.fixFields") };
  if (statementId && !Number.isInteger(version)) return { ...state, message: t("outcome.lostVersion") };

  const result: SaveResult = statementId
    ? await updateStatement(db, { id: statementId, expectedVersion: version, input: parsed.data, authorId: user.id })
    : await createStatement(db, parsed.data, user.id);

  if (!result.ok) {
    if (result.reason === "invalid") return { ...state, fieldErrors: problemTexts(t, result.fieldErrors), message: t("outcome.fixFields") };
    if (result.reason === "not-found") return { ...state, message: t("outcome.statementGone") };
    const loaded = statementId ? await statementAtVersion(statementId, version) : null;
    return {
      ...state,
      // The next save is a deliberate overwrite of what the editor has now seen.
      version: result.currentVersion,
      message: t("outcome.statementStale", { version: result.currentVersion }),
      conflict: { version: result.currentVersion, changes: diffSnapshots(loaded, result.current) },
    };
  }

  revalidateStatementPages();
  redirect(localizePath(`/statements/${result.statement.slug}/history?saved=${result.statement.version}`, await getLocale()));
}

/** Admin only: puts the statement back to a revision's values, as a new revision. */
export async function restoreRevision(formData: FormData): Promise<void> {
  const slug = String(formData.get("slug") ?? "");
  const locale = await getLocale();
  let user;
  try {
    user = await requireRole("admin");
  } catch (error) {
    if (error instanceof AuthorizationError) redirect(localizePath(`/statements/${encodeURIComponent(slug)}/history?error=${error.status}`, locale));
    throw error;
  }
  const result = await restoreStatementRevision(db, {
    revisionId: String(formData.get("revisionId") ?? ""),
    expectedVersion: Number(formData.get("version")),
    authorId: user.id,
  });
  if (!result.ok) redirect(localizePath(`/statements/${encodeURIComponent(slug)}/history?error=${result.reason}`, locale));
  revalidateStatementPages();
  redirect(localizePath(`/statements/${result.statement.slug}/history?saved=${result.statement.version}`, locale));
}
