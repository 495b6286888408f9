import type { Prisma } from "../generated/sqlite/client";
import { STATEMENT_SLUG_PATTERN } from "../validation/statement";

/** Statements per timeline page: the first screen costs the same for 100 or 100,000. */
export const PAGE_SIZE = 50;

/**
 * The `after` URL parameter: the slug of the last statement of the previous page. A keyset
 * cursor rather than an offset, so deep pages stay as cheap as the first and a statement
 * published meanwhile does not shift the pages.
 */
export function parseCursor(
  value: string | string[] | undefined,
): { ok: true; after?: string } | { ok: false; param: "after"; message: string } {
  const after = [value ?? []].flat()[0]?.trim();
  if (!after) return { ok: true };
  if (after.length > 120 || !STATEMENT_SLUG_PATTERN.test(after)) {
    return { ok: false, param: "after", message: "after must be the slug of a statement, such as 2021-06-14-brussels-communique-systemic-challenges" };
  }
  return { ok: true, after };
}

/** Timeline order: by date, then slug so statements of one day keep a stable order. */
export function timelineOrder(sort: "asc" | "desc"): Prisma.StatementOrderByWithRelationInput[] {
  return [{ date: sort }, { slug: sort }];
}

/** Statements strictly after the cursor statement in timeline order. */
export function afterCursor(cursor: { date: Date; slug: string }, sort: "asc" | "desc"): Prisma.StatementWhereInput {
  const beyond = sort === "asc" ? "gt" : "lt";
  return { OR: [{ date: { [beyond]: cursor.date } }, { date: cursor.date, slug: { [beyond]: cursor.slug } }] };
}
