import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "../../lib/db/create-client";
import { parseDatabaseUrl } from "../../lib/db/database-url";
import { deployMigrations } from "../../scripts/db/runner";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { seedDatabase } from "../../lib/seed/seed-database";
import { parseStatementFilters } from "../../lib/statements/filters";

// Next's data cache only exists inside a Next server; here every cached query runs each time.
vi.mock("next/cache", () => ({ unstable_cache: <T>(query: T) => query }));

// The timeline queries use the app's client (lib/db/client.ts), which reads DATABASE_URL once:
// point it at a freshly seeded SQLite file before importing them.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "timeline-page-"));
const config = parseDatabaseUrl(`file:${path.join(dir, "tracker.db")}`);
let queries: typeof import("../../lib/statements/queries");

beforeAll(async () => {
  await deployMigrations(config);
  const seedDb = createPrismaClient(config);
  await seedDatabase(seedDb, readSeedCorpus());
  await seedDb.$disconnect();
  process.env.DATABASE_URL = `file:${path.join(dir, "tracker.db")}`;
  queries = await import("../../lib/statements/queries");
});

afterAll(async () => {
  const { db } = await import("../../lib/db/client");
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

function filters(query: string) {
  const parsed = parseStatementFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.filters;
}

/** Follows the `after` cursor from the first page to the last, joining the entries. */
async function walk(query: string, pageSize: number) {
  const keys: string[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await queries.getTimelinePage(filters(query), after, pageSize);
    if (!page.ok) throw new Error(page.message);
    keys.push(...page.entries.map((e) => (e.kind === "statement" ? e.statement.slug : `milestone:${e.milestone.slug}`)));
    after = page.nextCursor;
    pages++;
  } while (after);
  return { keys, pages };
}

describe("getTimelinePage", () => {
  it.each(["", "sort=desc", "tone=4,5", "lang=fr&sort=desc"])("pages of 4 (%s) add up to the single page, each milestone once", async (query) => {
    const whole = await walk(query, 100);
    const paged = await walk(query, 4);
    expect(whole.pages).toBe(1);
    expect(paged.keys).toEqual(whole.keys);
    expect(new Set(paged.keys).size).toBe(paged.keys.length);
  });

  it("counts every match while returning one page, and interleaves the milestones", async () => {
    const page = await queries.getTimelinePage(filters(""), undefined, 5);
    if (!page.ok) throw new Error(page.message);
    expect(page.total).toBe(29);
    expect(page.entries.filter((e) => e.kind === "statement")).toHaveLength(5);
    expect(page.nextCursor).toBe("2019-12-04-stoltenberg-doorstep-london-rise-of-china");
    expect(page.entries.map((e) => (e.kind === "milestone" ? e.milestone.slug : e.statement.slug))).toContain("london-leaders-meeting-2019");
  });

  it("keeps milestones within from/to", async () => {
    const { keys } = await walk("from=2022&to=2022", 100);
    expect(keys.filter((key) => key.startsWith("milestone:"))).toEqual(["milestone:russia-full-scale-invasion-of-ukraine", "milestone:madrid-summit-strategic-concept-2022"]);
  });

  it("reports a cursor naming no published statement", async () => {
    expect(await queries.getTimelinePage(filters(""), "2099-01-01-nothing")).toMatchObject({ ok: false, param: "after" });
  });
});
