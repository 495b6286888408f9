"use server";

import { revalidatePath } from "next/cache";
import { checkRole } from "../auth/session";
import { db } from "../db/client";
import { themeInput } from "../validation/theme";
import { createTheme } from "./mutations";

export type ThemeFormState = {
  attempt: number;
  values: { slug: string; name: string; description: string };
  fieldErrors: Partial<Record<"slug" | "name" | "description", string>>;
  message?: string;
  created?: string;
};

/** Editors only: creates a theme. Every export of this file is a public endpoint. */
export async function saveTheme(previous: ThemeFormState, formData: FormData): Promise<ThemeFormState> {
  const read = (key: string) => (typeof formData.get(key) === "string" ? (formData.get(key) as string) : "");
  const values = { slug: read("slug"), name: read("name"), description: read("description") };
  const state: ThemeFormState = { attempt: (Number(previous?.attempt) || 0) + 1, values, fieldErrors: {} };
  const authorized = await checkRole("editor");
  if (!authorized.ok) return { ...state, message: authorized.message };
  const user = authorized.user;
  const parsed = themeInput.safeParse({ ...values, description: values.description || undefined });
  if (!parsed.success) {
    const fieldErrors: ThemeFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as keyof ThemeFormState["fieldErrors"]] ??= issue.message;
    return { ...state, fieldErrors, message: "Some fields need correcting." };
  }
  const result = await createTheme(db, parsed.data, user.id);
  if (!result.ok) return { ...state, fieldErrors: result.fieldErrors, message: "Some fields need correcting." };
  revalidatePath("/statements/new");
  return { attempt: state.attempt, values: { slug: "", name: "", description: "" }, fieldErrors: {}, created: result.theme.name };
}
