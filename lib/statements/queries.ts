import "server-only";
import { cachedPublishedData } from "../cache/published-data";
import { db } from "../db/client";
import { env } from "../env";
import type { Prisma } from "../generated/sqlite/client";
import { FILTER_PARAMS, type StatementFilters } from "./filters";
import { afterCursor, PAGE_SIZE, timelineOrder } from "./pagination";
import { matchingStatementsWhere } from "./search";
import { interleaveMilestones, type TimelineEntry } from "./timeline-entries";

/** What a timeline card shows. */
const cardInclude = {
  source: { select: { id: true, outlet: true, kind: true } },
  themes: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.StatementInclude;

export type TimelineStatement = Prisma.StatementGetPayload<{ include: typeof cardInclude }>;

export type TimelineMilestone = { slug: string; date: Date; title: string; description: string | null };

export type TimelineItem = TimelineEntry<TimelineStatement, TimelineMilestone>;

/**
 * A filtered view counts its matches up to this many and then says "more than": an exact count of
 * a broad search reads every matching statement, which at 100,000 statements costs more than the
 * page itself.
 */
export const COUNT_LIMIT = 1000;

export type TimelinePage =
  | {
      ok: true;
      /** The number of matching statements, or COUNT_LIMIT when totalIsLowerBound. */
      total: number;
      /** More than `total` statements match (filtered views stop counting at COUNT_LIMIT). */
      totalIsLowerBound: boolean;
      entries: TimelineItem[];
      nextCursor?: string;
      isFirstPage: boolean;
    }
  | { ok: false; param: "after"; message: string };

/**
 * One page of the timeline: up to pageSize published statements matching the filters after
 * the cursor, the milestones that fall among them, and how many match.
 */
export async function getTimelinePage(filters: StatementFilters, after?: string, pageSize = PAGE_SIZE): Promise<TimelinePage> {
  const where = await matchingStatementsWhere(db, env().database.provider, filters);
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
    countMatching(filters, where),
    db.milestone.findMany({
      where: { date: { gte: filters.from, lte: filters.to } },
      select: { slug: true, date: true, title: true, description: true },
    }),
  ]);
  const hasMore = rows.length > pageSize;
  const statements = rows.slice(0, pageSize);
  return {
    ok: true,
    total: Math.min(total, COUNT_LIMIT),
    totalIsLowerBound: total > COUNT_LIMIT,
    isFirstPage: !cursor,
    entries: interleaveMilestones(statements, milestones, { sort: filters.sort, previousDate: cursor?.date, hasMore }),
    nextCursor: hasMore ? statements.at(-1)?.slug : undefined,
  };
}

/** The unfiltered timeline's count is exact and cached; a filtered one stops after COUNT_LIMIT + 1. */
async function countMatching(filters: StatementFilters, where: Prisma.StatementWhereInput): Promise<number> {
  if (!FILTER_PARAMS.some((key) => key !== "sort" && filters[key] !== undefined)) return countPublished();
  // In timeline order, so the count walks the same index as the page and stops early.
  return db.statement.count({ where, orderBy: timelineOrder(filters.sort), take: COUNT_LIMIT + 1 });
}

const countPublished = cachedPublishedData("published-count", () => db.statement.count({ where: { status: "PUBLISHED" } }));

/** The choices the filter form offers, from what is published: the same for every request. */
export const getFilterOptions = cachedPublishedData("filter-options", readFilterOptions);

async function readFilterOptions() {
  const published = { status: "PUBLISHED" } as const;
  // groupBy is a GROUP BY answered from the (status, column) indexes; Prisma's `distinct` reads
  // every published row and de-duplicates them in the client.
  const [speakers, bodies, languages, themes] = await Promise.all([
    db.statement.groupBy({ by: ["speaker"], where: { ...published, speaker: { not: null } } }),
    db.statement.groupBy({ by: ["body"], where: { ...published, body: { not: null } } }),
    db.statement.groupBy({ by: ["language"], where: published }),
    // Prisma's `statements: { some: ... }` walks every published statement for each theme;
    // from the join table's theme index each theme stops at its first published statement.
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT t."slug", t."name" FROM "Theme" AS t
      WHERE EXISTS (
        SELECT 1 FROM "_StatementToTheme" AS st CROSS JOIN "Statement" AS s
        WHERE st."B" = t."id" AND s."id" = st."A" AND s."status" = 'PUBLISHED'
      )
      ORDER BY t."name"`,
  ]);
  const people = speakers.flatMap((row) => (row.speaker ? [row.speaker] : []));
  const groups = bodies.flatMap((row) => (row.body ? [row.body] : []));
  return {
    speakers: [...new Set([...people, ...groups])].sort((a, b) => a.localeCompare(b)),
    languages: languages.map((row) => row.language).sort(),
    themes,
  };
}

export type FilterOptions = Awaited<ReturnType<typeof readFilterOptions>>;
