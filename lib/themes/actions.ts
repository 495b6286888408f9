"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authRefusal, checkRole } from "../auth/session";
import { db } from "../db/client";
import { fieldProblemsOf } from "../validation/problems";
import { themeInput } from "../validation/theme";
import { problemTexts } from "../validation/wording";
import { createTheme } from "./mutations";

export type ThemeFormState = {
  attempt: number;
  values: { slug: string; name: string; description: string };
  /** Each field's problem, worded in the page's language. */
  fieldErrors: Partial<Record<"slug" | "name" | "description" | "form", string>>;
  message?: string;
  created?: string;
};

/** Editors only: creates a theme. Every export of this file is a public endpoint. */
export async function saveTheme(previous: ThemeFormState, formData: FormData): Promise<ThemeFormState> {
  const read = (key: string) => (typeof formData.get(key) === "string" ? (formData.get(key) as string) : "");
  const values = { slug: read("slug"), name: read("name"), description: read("description") };
  const state: ThemeFormState = { attempt: (Number(previous?.attempt) || 0) + 1, values, fieldErrors: {} };
  const authorized = await checkRole("editor");
  if (!authorized.ok) return { ...state, message: await authRefusal(authorized.status) };
  const user = authorized.user;
  const t = await getTranslations("editor");
  const parsed = themeInput.safeParse({ ...values, description: values.description || undefined });
  if (!parsed.success) return { ...state, fieldErrors: problemTexts(t, fieldProblemsOf(parsed.error.issues)), message: t("outcome.fixFields") };
  const result = await createTheme(db, parsed.data, user.id);
  if (!result.ok) return { ...state, fieldErrors: problemTexts(t, result.fieldErrors), message: t("outcome.fixFields") };
  // The statement form of either language lists the themes.
  revalidatePath("/[locale]/statements/new", "page");
  return { attempt: state.attempt, values: { slug: "", name: "", description: "" }, fieldErrors: {}, created: result.theme.name };
}
