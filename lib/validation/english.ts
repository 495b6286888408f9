import { createTranslator } from "next-intl";
import type { Messages } from "../i18n/messages-type";
import editor from "@/messages/en/editor.json";
import { problemOf, type FieldProblem } from "./problems";
import { problemText } from "./wording";

/**
 * Validation problems in English, for what has no page language: the seed import, command-line
 * tools and tests.
 */
const t = createTranslator({ locale: "en", messages: { editor } as Pick<Messages, "editor"> as Messages, namespace: "editor" });

export function englishProblem(field: string, problem: FieldProblem): string {
  return problemText(t, field, problem);
}

/** A zod issue of one of the shared schemas in English, e.g. "Title is required". */
export function englishIssue(issue: Parameters<typeof problemOf>[0]): string {
  return englishProblem(String(issue.path[0] ?? "entry"), problemOf(issue));
}
