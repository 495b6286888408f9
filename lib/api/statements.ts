import "server-only";
import { db } from "../db/client";
import { env } from "../env";
import type { StatementFilters } from "../statements/filters";
import { afterCursor, timelineOrder } from "../statements/pagination";
import { matchingStatementsWhere } from "../statements/search";
import type { PageParams } from "./params";
import { isStatementSlug } from "../validation/identifiers";
import { apiStatementSelect, toApiStatement, type ApiStatement } from "./serialize";

export type StatementListResult =
  | { ok: true; data: ApiStatement[]; nextCursor: string | null }
  | { ok: false; param: "cursor"; message: string };

/** One page of published statements matching the filters, in timeline order, after the cursor. */
export async function listStatements(filters: StatementFilters, page: PageParams, siteUrl: string): Promise<StatementListResult> {
  const where = await matchingStatementsWhere(db, env().database.provider, filters);
  let cursorWhere = {};
  if (page.cursor) {
    const cursor = await db.statement.findFirst({ where: { slug: page.cursor, status: "PUBLISHED" }, select: { date: true, slug: true } });
    if (!cursor) return { ok: false, param: "cursor", message: `cursor names no published statement ("${page.cursor}")` };
    cursorWhere = afterCursor(cursor, filters.sort);
  }
  const rows = await db.statement.findMany({
    where: { AND: [where, cursorWhere] },
    orderBy: timelineOrder(filters.sort),
    take: page.limit + 1,
    select: apiStatementSelect,
  });
  const data = rows.slice(0, page.limit).map((row) => toApiStatement(row, siteUrl));
  return { ok: true, data, nextCursor: rows.length > page.limit ? (data.at(-1)?.slug ?? null) : null };
}

/** Every published statement matching the filters, in timeline order: the exports of a timeline view. */
export async function allStatements(filters: StatementFilters, siteUrl: string): Promise<ApiStatement[]> {
  const where = await matchingStatementsWhere(db, env().database.provider, filters);
  const rows = await db.statement.findMany({ where, orderBy: timelineOrder(filters.sort), select: apiStatementSelect });
  return rows.map((row) => toApiStatement(row, siteUrl));
}

/** A published statement, or null (drafts and archives are not public). */
export async function findStatement(slug: string, siteUrl: string): Promise<ApiStatement | null> {
  if (!isStatementSlug(slug)) return null;
  const row = await db.statement.findFirst({ where: { slug, status: "PUBLISHED" }, select: apiStatementSelect });
  return row ? toApiStatement(row, siteUrl) : null;
}
