import { STATEMENT_SLUG_PATTERN } from "../validation/statement";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export type PageParams = { limit: number; cursor?: string };

/**
 * `limit` (1–200, default 50) and `cursor` of GET /api/statements. The cursor is the slug of
 * the last statement of the previous page: with the (date, slug) order it is a keyset position,
 * so pages stay stable under either sort while statements are published meanwhile.
 */
export function parsePageParams(params: URLSearchParams): { ok: true; page: PageParams } | { ok: false; param: "limit" | "cursor"; message: string } {
  const rawLimit = params.get("limit")?.trim();
  let limit = DEFAULT_LIMIT;
  if (rawLimit) {
    if (!/^\d+$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIMIT) {
      return { ok: false, param: "limit", message: `limit must be a whole number from 1 to ${MAX_LIMIT}` };
    }
    limit = Number(rawLimit);
  }
  const cursor = params.get("cursor")?.trim();
  if (!cursor) return { ok: true, page: { limit } };
  if (cursor.length > 120 || !STATEMENT_SLUG_PATTERN.test(cursor)) {
    return { ok: false, param: "cursor", message: "cursor must be the nextCursor of a previous page" };
  }
  return { ok: true, page: { limit, cursor } };
}
