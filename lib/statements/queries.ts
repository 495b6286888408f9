import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../generated/sqlite/client";
import { statementWhere, type StatementFilters } from "./filters";
import { afterCursor, PAGE_SIZE, timelineOrder } from "./pagination";
import { interleaveMilestones, type TimelineEntry } from "./timeline-entries";

/** What a timeline card shows. */
const cardInclude = {
  source: { select: { id: true, outlet: true, kind: true } },
  themes: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.StatementInclude;

export type TimelineStatement = Prisma.StatementGetPayload<{ include: typeof cardInclude }>;

export type TimelineMilestone = { slug: string; date: Date; title: string; description: string | null };

export type TimelineItem = TimelineEntry<TimelineStatement, TimelineMilestone>;

export type TimelinePage =
  | { ok: true; total: number; entries: TimelineItem[]; nextCursor?: string; isFirstPage: boolean }
  | { ok: false; param: "after"; message: string };

/**
 * One page of the timeline: up to pageSize published statements matching the filters after
 * the cursor, the milestones that fall among them, and the total from a count query.
 */
export async function getTimelinePage(filters: StatementFilters, after?: string, pageSize = PAGE_SIZE): Promise<TimelinePage> {
  const where = statementWhere(filters);
  const cursor = after
    ? await db.statement.findFirst({ where: { slug: after, status: "PUBLISHED" }, select: { date: true, slug: true } })
    : undefined;
  if (cursor === null) return { ok: false, param: "after", message: `after names no published statement ("${after}")` };

  const [rows, total, milestones] = await Promise.all([
    db.statement.findMany({
      where: cursor ? { AND: [where, afterCursor(cursor, filters.sort)] } : where,
      orderBy: timelineOrder(filters.sort),
      take: pageSize + 1,
      include: cardInclude,
    }),
    db.statement.count({ where }),
    db.milestone.findMany({
      where: { date: { gte: filters.from, lte: filters.to } },
      select: { slug: true, date: true, title: true, description: true },
    }),
  ]);
  const hasMore = rows.length > pageSize;
  const statements = rows.slice(0, pageSize);
  return {
    ok: true,
    total,
    isFirstPage: !cursor,
    entries: interleaveMilestones(statements, milestones, { sort: filters.sort, previousDate: cursor?.date, hasMore }),
    nextCursor: hasMore ? statements.at(-1)?.slug : undefined,
  };
}

/** The choices the filter form offers, from what is published. */
export async function getFilterOptions() {
  const published = { status: "PUBLISHED" } as const;
  const [speakers, bodies, languages, themes] = await Promise.all([
    db.statement.findMany({ where: { ...published, speaker: { not: null } }, distinct: ["speaker"], select: { speaker: true } }),
    db.statement.findMany({ where: { ...published, body: { not: null } }, distinct: ["body"], select: { body: true } }),
    db.statement.findMany({ where: published, distinct: ["language"], select: { language: true } }),
    db.theme.findMany({ where: { statements: { some: published } }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const people = speakers.flatMap((row) => (row.speaker ? [row.speaker] : []));
  const groups = bodies.flatMap((row) => (row.body ? [row.body] : []));
  return {
    speakers: [...new Set([...people, ...groups])].sort((a, b) => a.localeCompare(b)),
    languages: languages.map((row) => row.language).sort(),
    themes,
  };
}

export type FilterOptions = Awaited<ReturnType<typeof getFilterOptions>>;
