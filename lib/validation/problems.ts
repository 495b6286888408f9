import editor from "@/messages/en/editor.json";

/**
 * Validation messages are keys of the `editor.validation` messages, not sentences, so one schema
 * serves every language: a form's server action words them in the page's language, the seed
 * import and tests in English (lib/validation/english.ts). A problem's numbers come with it: a
 * length limit from zod's own issue, anything else from a custom issue's `params`.
 */

export type ValidationKey = keyof (typeof editor)["validation"];

export type ProblemParams = Record<string, string | number>;

/** What is wrong with one field: a message key and the values its wording needs. */
export type FieldProblem = { key: ValidationKey; params?: ProblemParams };

/** The problems of a form, at most one per field; "form" for those of no single field. */
export type FieldProblems<Field extends string = string> = Partial<Record<Field | "form", FieldProblem>>;

/** A schema's message, checked by the compiler against the English messages. */
export const message = (key: ValidationKey): string => key;

const isValidationKey = (text: string): text is ValidationKey => Object.hasOwn(editor.validation, text);

type Issue = { code?: string; message: string; path: readonly PropertyKey[]; maximum?: unknown; params?: Record<string, unknown> };

function paramsOf(issue: Issue): ProblemParams | undefined {
  if (issue.code === "too_big" && (typeof issue.maximum === "number" || typeof issue.maximum === "bigint")) return { max: Number(issue.maximum) };
  if (issue.code === "custom" && issue.params) {
    return Object.fromEntries(Object.entries(issue.params).filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number"));
  }
  return undefined;
}

/** One zod issue as a problem; zod's own wording (a check without a key of ours) becomes "invalid". */
export function problemOf(issue: Issue): FieldProblem {
  const params = paramsOf(issue);
  return { key: isValidationKey(issue.message) ? issue.message : "invalid", ...(params ? { params } : {}) };
}

/** The first problem of each field of a zod error, keyed by field name. */
export function fieldProblemsOf<Field extends string = string>(issues: readonly Issue[]): FieldProblems<Field> {
  const problems: FieldProblems<Field> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form") as Field | "form";
    problems[field] ??= problemOf(issue);
  }
  return problems;
}
