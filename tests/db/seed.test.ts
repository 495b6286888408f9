import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-client";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { seedDatabase } from "../../lib/seed/seed-database";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../support/databases";

const corpus = readSeedCorpus();

/** Every row of every seeded table, in a stable order, to compare whole databases. */
async function dump(db: Db) {
  return {
    statements: await db.statement.findMany({ orderBy: { slug: "asc" }, include: { themes: { select: { slug: true }, orderBy: { slug: "asc" } } } }),
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    themes: await db.theme.findMany({ orderBy: { slug: "asc" } }),
    milestones: await db.milestone.findMany({ orderBy: { slug: "asc" } }),
    revisions: await db.revision.findMany({ orderBy: { id: "asc" } }),
  };
}

for (const [name, open] of TEST_DATABASES) {
  describe(`seeding a fresh ${name} database`, () => {
    let db: Db;
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(open, { seed: true });
      db = database.db;
    });

    afterAll(() => database?.close());

    it("loads every statement, source, theme and milestone of the corpus", async () => {
      expect(await db.statement.count()).toBe(corpus.statements.length);
      expect(await db.source.count()).toBe(corpus.sources.length);
      expect(await db.theme.count()).toBe(corpus.themes.length);
      expect(await db.milestone.count()).toBe(corpus.milestones.length);
      expect(corpus.statements.length).toBeGreaterThanOrEqual(25);
    });

    it("stores quotes, dates, verification and themes exactly", async () => {
      const washington = await db.statement.findUniqueOrThrow({
        where: { slug: "2024-07-10-washington-declaration-decisive-enabler" },
        include: { themes: true },
      });
      expect(washington.quote).toBe(
        'The PRC has become a decisive enabler of Russia\'s war against Ukraine through its so-called "no limits" partnership and its large-scale support for Russia\'s defence industrial base. This increases the threat Russia poses to its neighbours and to Euro-Atlantic security.',
      );
      expect(washington.date.toISOString()).toBe("2024-07-10T00:00:00.000Z");
      expect(washington.verification).toBe("SECONDARY");
      expect(washington.toneLevel).toBe(5);
      expect(washington.themes.map((t) => t.slug)).toContain("russia-ukraine");

      const french = await db.statement.findUniqueOrThrow({
        where: { slug: "2023-11-28-nato-fr-foreign-ministers-china-not-adversary" },
        include: { source: true },
      });
      expect(french.language).toBe("fr");
      expect(french.quote).toContain("La Chine n’est pas notre adversaire");
      expect(french.translation).toBeTruthy();
      expect(french.source.fullText).toContain(french.quote!);
      expect(french.searchText).toContain("la chine n’est pas notre adversaire");
    });

    it("has the 2017 and 2018 silences as data points", async () => {
      const silent = await db.statement.findMany({ where: { toneLevel: 0 } });
      expect(new Set(silent.map((s) => s.date.getUTCFullYear()))).toEqual(new Set([2017, 2018]));
    });

    it("writes a creating revision for every seeded statement, source and theme", async () => {
      const created = await db.revision.groupBy({ by: ["entityType"], where: { action: "create" }, _count: true });
      expect(Object.fromEntries(created.map((r) => [r.entityType, r._count]))).toEqual({
        statement: corpus.statements.length,
        source: corpus.sources.length,
        theme: corpus.themes.length,
      });
    });

    it("changes nothing when run again", async () => {
      const before = await dump(db);
      const report = await seedDatabase(db, corpus);
      expect(report.statements).toEqual({ created: 0, updated: 0, unchanged: corpus.statements.length });
      expect(report.sources.updated + report.themes.updated + report.milestones.updated).toBe(0);
      expect(await dump(db)).toEqual(before);
    });

    it("restores a changed row and keeps the change in a revision", async () => {
      const slug = "2019-12-04-london-declaration-opportunities-and-challenges";
      const original = await db.statement.findUniqueOrThrow({ where: { slug } });
      await db.statement.update({ where: { slug }, data: { title: "Edited by hand" } });

      const report = await seedDatabase(db, corpus);
      expect(report.statements.updated).toBe(1);
      const restored = await db.statement.findUniqueOrThrow({ where: { slug } });
      expect(restored.title).toBe(original.title);
      expect(restored.version).toBe(original.version + 1);
      const revision = await db.revision.findFirstOrThrow({ where: { entityId: original.id, action: "seed" } });
      expect(JSON.parse(revision.previous!).title).toBe("Edited by hand");
      expect(JSON.parse(revision.next).title).toBe(original.title);
    });
  });
}
