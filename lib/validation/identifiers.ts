import { slugPart } from "./fields";
import { STATEMENT_SLUG_PATTERN } from "./statement";

/**
 * Whether a value from a URL can name a record at all. Lookups check this first: a value that
 * cannot be a slug or id is simply not found, without a query, and text PostgreSQL refuses (a NUL
 * byte) never reaches it.
 */
export function isStatementSlug(value: string): boolean {
  return value.length <= 120 && STATEMENT_SLUG_PATTERN.test(value);
}

/** Ids the database generates (cuid) for statements and revisions; forms send them back. */
export function isGeneratedId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/** Source ids and theme slugs: lower-case words joined by hyphens. */
export function isRecordSlug(value: string): boolean {
  return value.length <= 120 && slugPart.test(value);
}
