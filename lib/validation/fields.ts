import { z } from "zod";

// Zod compiles object parsers with `new Function` when it may, and probes for that by calling
// `Function("")`. In the browser the page's CSP refuses eval, which makes the probe a reported
// violation on every page with a form; the interpreted parsers give the same results.
z.config({ jitless: true });

/** NATO's founding: no statement or source about it can be older. */
export const EARLIEST_DATE = "1949-04-04";

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A calendar date written YYYY-MM-DD, between NATO's founding and today. */
export function isoDate(label: string) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date written YYYY-MM-DD`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    }, `${label} is not a real calendar date`)
    .refine((value) => value >= EARLIEST_DATE && value <= todayIso(), {
      error: () => `${label} must be between ${EARLIEST_DATE} and today (${todayIso()})`,
    });
}

/**
 * Control characters other than tab and line breaks: never part of a real text, and PostgreSQL
 * refuses NUL in text outright (the save would fail instead of saying which field is wrong).
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const controlCharactersMessage = (label: string) => `${label} must not contain control characters`;

/** Required text with a length limit, trimmed. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), controlCharactersMessage(label));
}

/** Optional text: an empty string means "not given" and is stored as null. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), controlCharactersMessage(label))
    .nullish()
    .transform((value) => (value ? value : null));
}

export const languageCode = z
  .string({ error: "Language is required" })
  .trim()
  .regex(/^[a-z]{2}$/, "Language must be a two-letter ISO 639-1 code such as en or fr");

export const httpUrl = z
  .string()
  .trim()
  .max(2000, "URL must be at most 2000 characters")
  .refine((value) => /^https?:\/\//i.test(value), "URL must start with http:// or https://")
  .refine((value) => URL.canParse(value), "URL is not a valid web address");

/** Lower-case words joined by hyphens, e.g. russia-ukraine. */
export const slugPart = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns "YYYY-MM-DD" into the Date stored for it (00:00 UTC). */
export function dateFromIso(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** The "YYYY-MM-DD" of a stored date. */
export function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
