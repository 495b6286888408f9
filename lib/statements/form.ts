import type { FieldChange } from "../revisions/diff";
import type { StatementInput } from "../validation/statement";

/**
 * The editor form's values exactly as typed (strings, theme slugs), so a refused save can hand
 * them back untouched, and their conversion to the shape statementInput validates.
 * Shared by the form (client) and its server action; no server-only imports.
 */

const TEXT_FIELDS = [
  "slug",
  "date",
  "title",
  "speaker",
  "body",
  "documentType",
  "event",
  "quote",
  "language",
  "translation",
  "paragraphRef",
  "summary",
  "toneLevel",
  "toneRationale",
  "verification",
  "status",
  "sourceId",
] as const;

export type StatementFormValues = Record<(typeof TEXT_FIELDS)[number], string> & { themes: string[] };

export type StatementFormState = {
  /**
   * Counts the answers to this form. The form is keyed on it: React resets a form after its
   * action, and a reset <select> falls back to its first option instead of the value sent back.
   */
  attempt: number;
  values: StatementFormValues;
  /** The version the form's input is based on; a save is refused if the statement moved on. */
  version: number;
  /** Each field's problem, worded in the page's language by the server action. */
  fieldErrors: Partial<Record<keyof StatementInput | "form", string>>;
  message?: string;
  /** What another editor changed since this form was loaded (stale save). */
  conflict?: { version: number; changes: FieldChange[] };
};

export const EMPTY_STATEMENT_VALUES: StatementFormValues = {
  ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, ""])) as Record<(typeof TEXT_FIELDS)[number], string>),
  language: "en",
  status: "DRAFT",
  themes: [],
};

export function statementFormValues(input: StatementInput): StatementFormValues {
  const values = { ...EMPTY_STATEMENT_VALUES, themes: [...input.themes] };
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    values[field] = value === null || value === undefined ? "" : String(value);
  }
  return values;
}

export function readStatementForm(formData: FormData): StatementFormValues {
  const values = { ...EMPTY_STATEMENT_VALUES };
  for (const field of TEXT_FIELDS) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  values.themes = formData.getAll("themes").filter((value): value is string => typeof value === "string");
  return values;
}

/** The typed values as statementInput expects them: blank means absent, tone level a number. */
export function statementCandidate(values: StatementFormValues): Record<string, unknown> {
  const candidate: Record<string, unknown> = { ...values };
  for (const field of TEXT_FIELDS) if (values[field].trim() === "") candidate[field] = undefined;
  candidate.toneLevel = values.toneLevel.trim() === "" ? undefined : Number(values.toneLevel);
  return candidate;
}
