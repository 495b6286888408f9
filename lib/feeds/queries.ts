import "server-only";
import { db } from "../db/client";
import { apiStatementSelect, toApiStatement, type ApiStatement } from "../api/serialize";
import { timelineOrder } from "../statements/pagination";

/** Entries in the feed: enough for a reader polling weekly, small enough to fetch often. */
export const FEED_SIZE = 50;

/** The newest published statements by date, newest first. */
export async function newestStatements(siteUrl: string): Promise<ApiStatement[]> {
  const rows = await db.statement.findMany({ where: { status: "PUBLISHED" }, orderBy: timelineOrder("desc"), take: FEED_SIZE, select: apiStatementSelect });
  return rows.map((row) => toApiStatement(row, siteUrl));
}
