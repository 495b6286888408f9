import "server-only";
import { db } from "../db/client";
import { env } from "../env";
import type { StatementFilters } from "../statements/filters";
import { matchingStatementsWhere } from "../statements/search";
import type { TrendMilestone, TrendStatement } from "./types";

/** The published statements matching the timeline's filters, with what the charts use. */
export async function listTrendStatements(filters: StatementFilters): Promise<TrendStatement[]> {
  return db.statement.findMany({
    where: await matchingStatementsWhere(db, env().database.provider, filters),
    orderBy: [{ date: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      title: true,
      date: true,
      toneLevel: true,
      quote: true,
      translation: true,
      language: true,
      documentType: true,
      event: true,
      source: { select: { id: true, title: true } },
    },
  });
}

export async function listMilestones(): Promise<TrendMilestone[]> {
  return db.milestone.findMany({ orderBy: { date: "asc" }, select: { slug: true, title: true, date: true } });
}
