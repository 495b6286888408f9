import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-client";
import { sourceSnapshot } from "../../lib/revisions/snapshots";
import { updateSource } from "../../lib/sources/mutations";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../support/databases";

for (const [name, open] of TEST_DATABASES) {
  describe(`source corrections on ${name}`, () => {
    let db: Db;
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(open, { seed: true });
      db = database.db;
    });

    afterAll(() => database?.close());

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
