"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { checkRole } from "../auth/session";
import { db } from "../db/client";
import { diffSnapshots } from "../revisions/diff";
import { sourceInput } from "../validation/source";
import { SOURCE_FORM_FIELDS, type SourceFormState } from "./form";
import { updateSource } from "./mutations";

/** Editors only: corrects a source. Every export of this file is a public endpoint. */
export async function saveSource(sourceId: string, previous: SourceFormState, formData: FormData): Promise<SourceFormState> {
  const values = Object.fromEntries(SOURCE_FORM_FIELDS.map((field) => [field, typeof formData.get(field) === "string" ? (formData.get(field) as string) : ""])) as SourceFormState["values"];
  const version = Number(formData.get("version"));
  const state: SourceFormState = { attempt: (Number(previous?.attempt) || 0) + 1, values, version, fieldErrors: {} };
  const authorized = await checkRole("editor");
  if (!authorized.ok) return { ...state, message: authorized.message };
  const user = authorized.user;
  const candidate = Object.fromEntries(Object.entries(values).map(([field, value]) => [field, value.trim() === "" ? undefined : value]));
  const parsed = sourceInput.safeParse({ ...candidate, id: sourceId });
  if (!parsed.success) {
    const fieldErrors: SourceFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ...state, fieldErrors, message: "Some fields need correcting." };
  }
  const { id: _id, ...input } = parsed.data;
  const result = await updateSource(db, { id: sourceId, expectedVersion: version, input, authorId: user.id });
  if (!result.ok) {
    if (result.reason === "not-found") return { ...state, message: "This source no longer exists." };
    return {
      ...state,
      version: result.currentVersion,
      message: `Not saved: someone else saved version ${result.currentVersion} while you were editing. Your input is kept; save again to replace their version with yours.`,
      conflict: { version: result.currentVersion, changes: diffSnapshots(parsed.data, result.current) },
    };
  }
  // Statement cards show the source's outlet and kind.
  revalidatePath("/");
  redirect(`/sources/${encodeURIComponent(sourceId)}/edit?saved=${result.source.version}`);
}
