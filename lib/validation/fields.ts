import { z } from "zod";
import { message } from "./problems";

// Zod compiles object parsers with `new Function` when it may, and probes for that by calling
// `Function("")`. In the browser the page's CSP refuses eval, which makes the probe a reported
// violation on every page with a form; the interpreted parsers give the same results.
z.config({ jitless: true });

/** NATO's founding: no statement or source about it can be older. */
export const EARLIEST_DATE = "1949-04-04";

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/*
 * The messages below are keys of the `editor.validation` messages (see ./problems.ts); the field
 * they name is the path, so one helper serves every field.
 */

/** A calendar date written YYYY-MM-DD, between NATO's founding and today. */
export function isoDate() {
  return z
    .string({ error: message("required") })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message("dateFormat"))
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    }, message("notRealDate"))
    .refine((value) => value >= EARLIEST_DATE && value <= todayIso(), message("dateRange"));
}

/**
 * Control characters other than tab and line breaks: never part of a real text, and PostgreSQL
 * refuses NUL in text outright (the save would fail instead of saying which field is wrong).
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The API's wording (English, like the rest of its errors); forms word the "controlCharacters" key. */
export const controlCharactersMessage = (label: string) => `${label} must not contain control characters`;

/** Required text with a length limit, trimmed. */
export function requiredText(max: number) {
  return z
    .string({ error: message("required") })
    .trim()
    .min(1, message("required"))
    .max(max, message("tooLong"))
    .refine((value) => !CONTROL_CHARACTERS.test(value), message("controlCharacters"));
}

/** Optional text: an empty string means "not given" and is stored as null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, message("tooLong"))
    .refine((value) => !CONTROL_CHARACTERS.test(value), message("controlCharacters"))
    .nullish()
    .transform((value) => (value ? value : null));
}

export const languageCode = z.string({ error: message("required") }).trim().regex(/^[a-z]{2}$/, message("languageCode"));

export const httpUrl = z
  .string()
  .trim()
  .max(2000, message("tooLong"))
  .refine((value) => /^https?:\/\//i.test(value), message("urlScheme"))
  .refine((value) => URL.canParse(value), message("urlInvalid"));

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
