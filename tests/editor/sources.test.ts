import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { deployMigrations } from "../../lib/db/migrations";
import { sourceSnapshot } from "../../lib/revisions/snapshots";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { seedDatabase } from "../../lib/seed/seed-database";
import { updateSource } from "../../lib/sources/mutations";
import { TEST_DATABASES } from "../support/databases";

const corpus = readSeedCorpus();

for (const [name, open] of TEST_DATABASES) {
  describe(`source corrections on ${name}`, () => {
    let db: Db;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      await deployMigrations(opened.config);
      db = createPrismaClient(opened.config);
      await seedDatabase(db, corpus);
    });

    afterAll(async () => {
      await db?.$disconnect();
      await cleanup?.();
    });

    it("writes one revision per correction and refuses a stale one without writing", async () => {
      const row = await db.source.findFirstOrThrow({ orderBy: { id: "asc" } });
      const { id, ...input } = sourceSnapshot(row);
      const before = await db.revision.count();

      const saved = await updateSource(db, { id, expectedVersion: row.version, input: { ...input, reliabilityNote: "Checked against the archive." }, authorId: null });
      expect(saved).toMatchObject({ ok: true, source: { id, version: row.version + 1 } });
      expect(await db.revision.count()).toBe(before + 1);
      const revision = await db.revision.findFirstOrThrow({ where: { entityId: id, version: row.version + 1 } });
      expect(JSON.parse(revision.previous!)).toEqual(sourceSnapshot(row));
      expect(JSON.parse(revision.next).reliabilityNote).toBe("Checked against the archive.");

      const stale = await updateSource(db, { id, expectedVersion: row.version, input: { ...input, title: "Stale" }, authorId: null });
      expect(stale).toMatchObject({ ok: false, reason: "stale", currentVersion: row.version + 1 });
      expect(await db.revision.count()).toBe(before + 1);
      expect((await db.source.findUniqueOrThrow({ where: { id } })).title).toBe(row.title);
    });
  });
}
