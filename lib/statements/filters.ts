import { z } from "zod";
import { DocumentType, SourceKind } from "../generated/sqlite/enums";
import type { Prisma } from "../generated/sqlite/client";
import { disagreeingLevelPairs } from "../tone/disagreement";
import { MAX_TONE_LEVEL, NOT_MENTIONED } from "../tone/scale";
import { CONTROL_CHARACTERS, controlCharactersMessage, slugPart } from "../validation/fields";
import { FILTER_PARAMS, toUrlValue, type FilterParam } from "./filter-query";
import { foldForSearch } from "./search-text";

export { FILTER_PARAMS, filterQuery, toUrlValue, type FilterParam } from "./filter-query";

const fromUrlValue = (value: string) => value.toUpperCase().replaceAll("-", "_");

function commaList<T extends z.ZodType>(param: string, item: T) {
  return z
    .string()
    .max(500, `${param} is too long`)
    .transform((value, ctx) => {
      const parts = [...new Set(value.split(",").map((part) => part.trim()).filter(Boolean))];
      const parsed: z.output<T>[] = [];
      for (const part of parts) {
        const result = item.safeParse(part);
        if (!result.success) {
          ctx.addIssue({ code: "custom", message: `${param}: ${result.error.issues[0]?.message}` });
          return z.NEVER;
        }
        parsed.push(result.data);
      }
      return parsed;
    });
}

function enumList<E extends Record<string, string>>(param: string, values: E) {
  const allowed = Object.values(values).map(toUrlValue);
  return commaList(
    param,
    z
      .string()
      .refine((part) => allowed.includes(part), { error: (issue) => `"${String(issue.input)}" is not one of ${allowed.join(", ")}` })
      .transform((part) => fromUrlValue(part) as E[keyof E]),
  );
}

/** `from`/`to`: a year (2021) or an ISO date (2021-06-14). */
function dateBound(param: "from" | "to") {
  return z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2})?$/, `${param} must be a year (2021) or a date (2021-06-14)`)
    .refine((value) => value.length === 4 || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), `${param} is not a real date`)
    .transform((value) => {
      if (value.length === 10) return new Date(`${value}T00:00:00Z`);
      return param === "from" ? new Date(`${value}-01-01T00:00:00Z`) : new Date(`${value}-12-31T00:00:00Z`);
    });
}

const toneItem = z
  .string()
  .refine((part) => part === "none" || /^[1-5]$/.test(part), {
    error: (issue) => `"${String(issue.input)}" is not a tone level (1–${MAX_TONE_LEVEL} or none)`,
  })
  .transform((part) => (part === "none" ? NOT_MENTIONED : Number(part)));

/**
 * The filters shared by the timeline, the charts and the public API. Every one is a URL query
 * parameter; an invalid one is reported by name.
 */
export const statementFilters = z
  .object({
    q: z.string().trim().max(200, "q must be at most 200 characters").refine((v) => !CONTROL_CHARACTERS.test(v), controlCharactersMessage("q")).optional(),
    from: dateBound("from").optional(),
    to: dateBound("to").optional(),
    tone: commaList("tone", toneItem).optional(),
    type: enumList("type", DocumentType).optional(),
    speaker: z.string().trim().max(120, "speaker must be at most 120 characters").refine((v) => !CONTROL_CHARACTERS.test(v), controlCharactersMessage("speaker")).optional(),
    theme: commaList("theme", z.string().regex(slugPart, "must be theme slugs such as russia-ukraine")).optional(),
    source: enumList("source", SourceKind).optional(),
    lang: commaList("lang", z.string().regex(/^[a-z]{2}$/, "must be two-letter language codes such as en,fr")).optional(),
    sort: z.enum(["asc", "desc"], { error: "sort must be asc or desc" }).default("asc"),
    /** `disagree=1`: only statements whose automatic tone reading is more than one level from the editor's. */
    disagree: z
      .literal("1", { error: "disagree must be 1" })
      .transform(() => true)
      .optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "from must not be after to", path: ["from"] });

export type StatementFilters = z.output<typeof statementFilters>;

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Parameters that take a comma list. A form without JavaScript sends one checkbox per value
 * (tone=4&tone=5), so repeated values are joined into the comma form the schema reads.
 */
const LIST_PARAMS: ReadonlySet<string> = new Set(["tone", "type", "theme", "source", "lang"]);

/** Each known parameter as one string (lists comma-joined); blanks count as absent. */
export function pickFilterParams(params: SearchParams | URLSearchParams): Partial<Record<FilterParam, string>> {
  const getAll = (key: string): string[] =>
    params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  const picked: Partial<Record<FilterParam, string>> = {};
  for (const key of FILTER_PARAMS) {
    const values = getAll(key).map((value) => value.trim()).filter(Boolean);
    const value = LIST_PARAMS.has(key) ? values.join(",") : values[0];
    if (value) picked[key] = value;
  }
  return picked;
}

export function parseStatementFilters(
  params: SearchParams | URLSearchParams,
): { ok: true; filters: StatementFilters } | { ok: false; param: string; message: string } {
  const result = statementFilters.safeParse(pickFilterParams(params));
  if (result.success) return { ok: true, filters: result.data };
  const issue = result.error.issues[0];
  return { ok: false, param: String(issue?.path[0] ?? "query"), message: issue?.message ?? "Invalid query" };
}

/** The search words of a `q` value, folded as Statement.searchText is. */
export function searchWords(q: string | undefined): string[] {
  return q ? foldForSearch(q).split(/\s+/).filter(Boolean) : [];
}

/** The portable search condition: each word a substring of searchText. */
export function containsEveryWord(words: readonly string[]): Prisma.StatementWhereInput[] {
  return words.map((word) => ({ searchText: { contains: word } }));
}

/**
 * Published statements matching the filters, as a Prisma where clause for either database.
 * `search` replaces the portable condition for `q` with one that uses the database's search
 * index (lib/statements/search.ts).
 */
export function statementWhere(
  filters: StatementFilters,
  search: Prisma.StatementWhereInput[] = containsEveryWord(searchWords(filters.q)),
): Prisma.StatementWhereInput {
  const and: Prisma.StatementWhereInput[] = [{ status: "PUBLISHED" }, ...search];
  if (filters.from) and.push({ date: { gte: filters.from } });
  if (filters.to) and.push({ date: { lte: filters.to } });
  if (filters.tone?.length) and.push({ toneLevel: { in: filters.tone } });
  if (filters.type?.length) and.push({ documentType: { in: filters.type } });
  if (filters.speaker) and.push({ OR: [{ speaker: filters.speaker }, { body: filters.speaker }] });
  if (filters.theme?.length) and.push({ themes: { some: { slug: { in: filters.theme } } } });
  if (filters.source?.length) and.push({ source: { kind: { in: filters.source } } });
  if (filters.lang?.length) and.push({ language: { in: filters.lang } });
  if (filters.disagree) {
    and.push({ OR: disagreeingLevelPairs().map((pair) => ({ toneLevel: pair.toneLevel, autoToneLevel: { in: pair.autoToneLevels } })) });
  }
  return { AND: and };
}
