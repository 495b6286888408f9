import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-client";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { createStatement, restoreStatementRevision, updateStatement } from "../../lib/statements/mutations";
import { buildSearchText } from "../../lib/statements/search-text";
import { englishProblem } from "../../lib/validation/english";
import { statementInput, type StatementInput } from "../../lib/validation/statement";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../support/databases";

const corpus = readSeedCorpus();

const fresh: StatementInput = statementInput.parse({
  slug: "2024-07-11-editor-test-statement",
  date: "2024-07-11",
  title: "An editor's test statement",
  documentType: "PRESS_CONFERENCE",
  quote: "China has become a key enabler of Russia's war.",
  language: "en",
  toneLevel: 5,
  verification: "UNVERIFIED",
  status: "DRAFT",
  sourceId: corpus.sources[0]!.id,
  themes: [corpus.themes[0]!.slug],
});

for (const [name, open] of TEST_DATABASES) {
  describe(`statement mutations on ${name}`, () => {
    let db: Db;
    let database: TestDatabase;
    let authorId: string;

    beforeAll(async () => {
      database = await openTestDatabase(open, { seed: true });
      db = database.db;
      authorId = (await db.user.create({ data: { name: "Ed", email: `ed-${name.toLowerCase()}@example.org` } })).id;
    });

    beforeEach(async () => {
      const created = await db.statement.findMany({ where: { slug: { startsWith: "2024-07-11-" } }, select: { id: true } });
      await db.revision.deleteMany({ where: { entityId: { in: created.map((s) => s.id) } } });
      await db.statement.deleteMany({ where: { id: { in: created.map((s) => s.id) } } });
    });

    afterAll(() => database?.close());

    async function counts() {
      return { statements: await db.statement.count(), revisions: await db.revision.count() };
    }

    it("creates a statement with exactly one revision, its author and its search text", async () => {
      const before = await counts();
      const result = await createStatement(db, fresh, authorId);
      expect(result).toMatchObject({ ok: true, statement: { slug: fresh.slug, version: 1 } });
      expect(await counts()).toEqual({ statements: before.statements + 1, revisions: before.revisions + 1 });

      const row = await db.statement.findUniqueOrThrow({ where: { slug: fresh.slug }, include: { themes: true } });
      expect(row.createdById).toBe(authorId);
      expect(row.searchText).toBe(buildSearchText(fresh));
      expect(row.themes.map((t) => t.slug)).toEqual(fresh.themes);
      const revision = await db.revision.findFirstOrThrow({ where: { entityId: row.id } });
      expect(revision).toMatchObject({ entityType: "statement", version: 1, action: "create", previous: null, authorId });
      expect(JSON.parse(revision.next)).toEqual(fresh);
    });

    it("a revision id that cannot exist (a NUL byte, which PostgreSQL refuses) is simply not found", async () => {
      const before = await counts();
      expect(await restoreStatementRevision(db, { revisionId: "c1\u0000", expectedVersion: 1, authorId })).toEqual({ ok: false, reason: "not-found" });
      expect(await counts()).toEqual(before);
    });

    it("updates with one revision holding the full previous and new values, and bumps the version", async () => {
      const created = await createStatement(db, fresh, authorId);
      if (!created.ok) throw new Error("create failed");
      const corrected = { ...fresh, title: "Corrected title", quote: "China is a decisive enabler.", status: "PUBLISHED" as const };
      const before = await counts();
      const result = await updateStatement(db, { id: created.statement.id, expectedVersion: 1, input: corrected, authorId });
      expect(result).toMatchObject({ ok: true, statement: { version: 2, status: "PUBLISHED" } });
      expect(await counts()).toEqual({ statements: before.statements, revisions: before.revisions + 1 });

      const row = await db.statement.findUniqueOrThrow({ where: { id: created.statement.id } });
      expect(row.searchText).toContain("decisive enabler");
      const revision = await db.revision.findFirstOrThrow({ where: { entityId: row.id, version: 2 } });
      expect(revision.action).toBe("update");
      expect(JSON.parse(revision.previous!)).toEqual(fresh);
      expect(JSON.parse(revision.next)).toEqual(corrected);
    });

    it("refuses a save based on an older version and changes nothing", async () => {
      const created = await createStatement(db, fresh, authorId);
      if (!created.ok) throw new Error("create failed");
      await updateStatement(db, { id: created.statement.id, expectedVersion: 1, input: { ...fresh, title: "First editor" }, authorId });
      const before = await counts();
      const result = await updateStatement(db, { id: created.statement.id, expectedVersion: 1, input: { ...fresh, title: "Second editor" }, authorId });
      expect(result).toMatchObject({ ok: false, reason: "stale", currentVersion: 2, current: { title: "First editor" } });
      expect(await counts()).toEqual(before);
      expect((await db.statement.findUniqueOrThrow({ where: { id: created.statement.id } })).title).toBe("First editor");
    });

    it.each([
      ["an unknown theme", { themes: ["no-such-theme"] }, "themes", /Unknown theme: no-such-theme/],
      ["an unknown source", { sourceId: "no-such-source" }, "sourceId", /does not exist/],
      ["another statement's slug", { slug: corpus.statements[0]!.slug, date: corpus.statements[0]!.date }, "slug", /^Slug already used by “/],
    ])("writes neither statement nor revision for %s", async (_label, change, field, message) => {
      const before = await counts();
      const result = await createStatement(db, { ...fresh, ...change }, authorId);
      expect(result.ok).toBe(false);
      if (result.ok || result.reason !== "invalid") throw new Error("expected field errors");
      expect(englishProblem(field, result.fieldErrors[field as keyof typeof result.fieldErrors]!)).toMatch(message);
      expect(await counts()).toEqual(before);

      const created = await createStatement(db, fresh, authorId);
      if (!created.ok) throw new Error("create failed");
      const afterCreate = await counts();
      const update = await updateStatement(db, { id: created.statement.id, expectedVersion: 1, input: { ...fresh, title: "Changed", ...change }, authorId });
      expect(update.ok).toBe(false);
      expect(await counts()).toEqual(afterCreate);
      expect(await db.statement.findUniqueOrThrow({ where: { id: created.statement.id } })).toMatchObject({ title: fresh.title, version: 1 });
    });

    it("rolls the statement back when writing its revision fails", async () => {
      const created = await createStatement(db, fresh, authorId);
      if (!created.ok) throw new Error("create failed");
      const before = await counts();
      // An author id that no user has breaks the revision's foreign key after the statement was written.
      await expect(updateStatement(db, { id: created.statement.id, expectedVersion: 1, input: { ...fresh, title: "Half-saved" }, authorId: "no-such-user" })).rejects.toThrow();
      expect(await counts()).toEqual(before);
      expect(await db.statement.findUniqueOrThrow({ where: { id: created.statement.id } })).toMatchObject({ title: fresh.title, version: 1 });
    });

    it("records archiving as such, and restores an old revision as a new one", async () => {
      const created = await createStatement(db, fresh, authorId);
      if (!created.ok) throw new Error("create failed");
      await updateStatement(db, { id: created.statement.id, expectedVersion: 1, input: { ...fresh, status: "ARCHIVED" }, authorId });
      const archive = await db.revision.findFirstOrThrow({ where: { entityId: created.statement.id, version: 2 } });
      expect(archive.action).toBe("archive");

      const first = await db.revision.findFirstOrThrow({ where: { entityId: created.statement.id, version: 1 } });
      expect(await restoreStatementRevision(db, { revisionId: first.id, expectedVersion: 1, authorId })).toMatchObject({ ok: false, reason: "stale" });
      const restored = await restoreStatementRevision(db, { revisionId: first.id, expectedVersion: 2, authorId });
      expect(restored).toMatchObject({ ok: true, statement: { version: 3, status: "DRAFT" } });
      const revision = await db.revision.findFirstOrThrow({ where: { entityId: created.statement.id, version: 3 } });
      expect(revision.action).toBe("restore");
      expect(JSON.parse(revision.next)).toEqual(fresh);
    });
  });
}
