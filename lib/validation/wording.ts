import type { useTranslations } from "next-intl";
import type { Messages } from "../i18n/messages-type";
import { MAX_TONE_LEVEL, NOT_MENTIONED } from "../tone/scale";
import { EARLIEST_DATE, todayIso } from "./fields";
import type { FieldProblem, FieldProblems } from "./problems";

/** A translator for the `editor` namespace, from useTranslations, getTranslations or createTranslator. */
export type EditorTranslator = ReturnType<typeof useTranslations<"editor">>;

/** The field's name as the form shows it ("Title", "Titre"); an unknown field keeps its own name. */
function fieldName(t: EditorTranslator, field: string): string {
  const key = `fieldNames.${field}` as `fieldNames.${keyof Messages["editor"]["fieldNames"]}`;
  return t.has(key) ? t(key) : field;
}

/** One problem worded in the translator's language, e.g. "Title is required". */
export function problemText(t: EditorTranslator, field: string, problem: FieldProblem): string {
  return t(`validation.${problem.key}`, {
    field: fieldName(t, field),
    earliest: EARLIEST_DATE,
    today: todayIso(),
    minTone: NOT_MENTIONED,
    maxTone: MAX_TONE_LEVEL,
    ...problem.params,
  });
}

/** Every field's problem worded, for a form to show under each field. */
export function problemTexts<Field extends string>(t: EditorTranslator, problems: FieldProblems<Field>): Partial<Record<Field | "form", string>> {
  return Object.fromEntries(Object.entries<FieldProblem | undefined>(problems).flatMap(([field, problem]) => (problem ? [[field, problemText(t, field, problem)]] : []))) as Partial<
    Record<Field | "form", string>
  >;
}
