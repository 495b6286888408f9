"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { authRefusal, checkRole } from "../auth/session";
import { db } from "../db/client";
import { localizePath } from "../i18n/locale-path";
import { diffSnapshots } from "../revisions/diff";
import { fieldProblemsOf } from "../validation/problems";
import { sourceInput } from "../validation/source";
import { problemTexts } from "../validation/wording";
import { SOURCE_FORM_FIELDS, type SourceFormState } from "./form";
import { updateSource } from "./mutations";

/** Editors only: corrects a source. Every export of this file is a public endpoint. */
export async function saveSource(sourceId: string, previous: SourceFormState, formData: FormData): Promise<SourceFormState> {
  const values = Object.fromEntries(SOURCE_FORM_FIELDS.map((field) => [field, typeof formData.get(field) === "string" ? (formData.get(field) as string) : ""])) as SourceFormState["values"];
  const version = Number(formData.get("version"));
  const state: SourceFormState = { attempt: (Number(previous?.attempt) || 0) + 1, values, version, fieldErrors: {} };
  const authorized = await checkRole("editor");
  if (!authorized.ok) return { ...state, message: await authRefusal(authorized.status) };
  const user = authorized.user;
  const t = await getTranslations("editor");
  const candidate = Object.fromEntries(Object.entries(values).map(([field, value]) => [field, value.trim() === "" ? undefined : value]));
  const parsed = sourceInput.safeParse({ ...candidate, id: sourceId });
  if (!parsed.success) return { ...state, fieldErrors: problemTexts(t, fieldProblemsOf(parsed.error.issues)), message: t("outcome.fixFields") };
  const { id: _id, ...input } = parsed.data;
  const result = await updateSource(db, { id: sourceId, expectedVersion: version, input, authorId: user.id });
  if (!result.ok) {
    if (result.reason === "not-found") return { ...state, message: t("outcome.sourceGone") };
    return {
      ...state,
      version: result.currentVersion,
      message: t("outcome.sourceStale", { version: result.currentVersion }),
      conflict: { version: result.currentVersion, changes: diffSnapshots(parsed.data, result.current) },
    };
  }
  // Statement cards show the source's outlet and kind, in both languages.
  revalidatePath("/[locale]", "layout");
  redirect(localizePath(`/sources/${encodeURIComponent(sourceId)}/edit?saved=${result.source.version}`, await getLocale()));
}
