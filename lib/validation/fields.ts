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
 * Control characters other than tab and line breaks (C0 and C1), lone surrogates, U+FFFE and
 * U+FFFF: never part of a real text. PostgreSQL refuses NUL in text outright (the save would fail
 * instead of saying which field is wrong), and XML 1.0 forbids all but the C1 controls, so one of
 * them in a title made the Atom feed and the sitemap malformed for every reader.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Bidirectional embedding, override and isolate controls. A right-to-left override in a title
 * makes it display in another order than it is stored (a spoofing tool); English and French text
 * never needs them. The implicit marks (U+200E, U+200F) stay allowed.
 */
export const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** The API's wording (English, like the rest of its errors); forms word the "controlCharacters" key. */
export const controlCharactersMessage = (label: string) => `${label} must not contain control characters`;

/** Required text with a length limit, trimmed. */
export function requiredText(max: number) {
  return z
    .string({ error: message("required") })
    .trim()
    .min(1, message("required"))
    .max(max, message("tooLong"))
    .refine((value) => !CONTROL_CHARACTERS.test(value), message("controlCharacters"))
    .refine((value) => !DIRECTION_CONTROLS.test(value), message("directionControls"));
}

/** Optional text: an empty string means "not given" and is stored as null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, message("tooLong"))
    .refine((value) => !CONTROL_CHARACTERS.test(value), message("controlCharacters"))
    .refine((value) => !DIRECTION_CONTROLS.test(value), message("directionControls"))
    .nullish()
    .transform((value) => (value ? value : null));
}

export const languageCode = z.string({ error: message("required") }).trim().regex(/^[a-z]{2}$/, message("languageCode"));

/**
 * A well-formed http(s) address with a host. The URL parser forgives what browsers forgive
 * (spaces, tabs, NUL, backslashes), but the address is stored and exported as typed, so those are
 * refused rather than repaired; so are credentials, which have no place in a citation.
 */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, message("tooLong"))
  .refine((value) => /^https?:\/\//i.test(value), message("urlScheme"))
  .refine((value) => {
    if (!/^https?:\/\/[^/]/i.test(value) || /[\s\\]/.test(value) || CONTROL_CHARACTERS.test(value) || DIRECTION_CONTROLS.test(value) || !URL.canParse(value)) return false;
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" && url.username === "" && url.password === "";
  }, message("urlInvalid"));

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
