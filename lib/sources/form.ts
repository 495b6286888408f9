import type { FieldChange } from "../revisions/diff";

/** The source form's fields as typed; shared by the form (client) and its server action. */
export const SOURCE_FORM_FIELDS = ["title", "outlet", "url", "publishedAt", "language", "kind", "fullText", "retrievedAt", "reliabilityNote"] as const;

export type SourceFormState = {
  /** Keys the form so a refusal re-renders it with the values sent back (see StatementFormState). */
  attempt: number;
  values: Record<(typeof SOURCE_FORM_FIELDS)[number], string>;
  version: number;
  fieldErrors: Partial<Record<string, string>>;
  message?: string;
  /** Here: the editor's input compared with what is stored now. */
  conflict?: { version: number; changes: FieldChange[] };
};
