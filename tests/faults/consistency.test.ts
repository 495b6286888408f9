import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { createStatement, updateStatement } from "../../lib/statements/mutations";
import { buildSearchText } from "../../lib/statements/search-text";
import { checkConsistency } from "../../lib/testing/consistency";
import { statementInput } from "../../lib/validation/statement";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../support/databases";

/** The check the load and kill tests end with must catch what they are there to catch. */

const corpus = readSeedCorpus();
const themes = [corpus.themes[0]!.slug, corpus.themes[1]!.slug].sort();
const input = (slug: string, title: string) =>
  statementInput.parse({
    slug,
    date: "2023-07-11",
    title,
    documentType: "INTERVIEW",
    quote: "NATO allies will address the systemic challenges posed by the PRC.",
    language: "en",
    toneLevel: 4,
    verification: "UNVERIFIED",
    status: "PUBLISHED",
    sourceId: corpus.sources[0]!.id,
    themes,
  });

for (const [name, open] of TEST_DATABASES) {
  describe(`the database check after a load or kill test, on ${name}`, () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(open, { seed: true });
    });
    afterAll(() => database?.close());

    it("passes a seeded database with saves made through the mutations, and finds each acknowledged save", async () => {
      const { db, config } = database;
      const created = await createStatement(db, input("2023-07-11-check-one", "First title"), null);
      if (!created.ok) throw new Error(created.reason);
      const updated = await updateStatement(db, { id: created.statement.id, expectedVersion: 1, input: input("2023-07-11-check-one", "Second title"), authorId: null });
      expect(updated.ok).toBe(true);
      const report = await checkConsistency(db, config, [
        { slug: "2023-07-11-check-one", version: 1, title: "First title", themes },
        { slug: "2023-07-11-check-one", version: 2, title: "Second title", themes },
      ]);
      expect(report.problems).toEqual([]);
      expect(report.statements).toBe(corpus.statements.length + 1);
    });

    it("reports an acknowledged save that is missing, and one the row does not hold", async () => {
      const { db, config } = database;
      const report = await checkConsistency(db, config, [
        { slug: "2023-07-11-never-written", version: 1, title: "Gone", themes },
        { slug: "2023-07-11-check-one", version: 3, title: "Third title", themes },
      ]);
      expect(report.problems).toEqual([
        "lost write: 2023-07-11-never-written version 1 was acknowledged but the statement is not in the database",
        "lost write: 2023-07-11-check-one version 3 was acknowledged but has no revision",
        "lost write: 2023-07-11-check-one is at version 2, below the acknowledged 3",
      ]);
    });

    it("reports a statement without its revision and one whose theme links differ from its revision", async () => {
      const { db, config } = database;
      const orphan = { title: "No revision", quote: null, translation: null, summary: null, speaker: null, body: null };
      await db.statement.create({
        data: { ...orphan, slug: "2023-07-11-check-orphan", date: new Date("2023-07-11T00:00:00Z"), documentType: "INTERVIEW", language: "en", toneLevel: 0, verification: "UNVERIFIED", status: "DRAFT", searchText: buildSearchText(orphan), sourceId: corpus.sources[0]!.id },
      });
      await db.statement.update({ where: { slug: "2023-07-11-check-one" }, data: { themes: { set: [] } } });
      const { problems } = await checkConsistency(db, config, []);
      expect(problems).toHaveLength(2);
      expect(problems.join("\n")).toContain("2023-07-11-check-orphan: version 1 but revisions for versions []");
      expect(problems.join("\n")).toMatch(/2023-07-11-check-one: the row \(title “Second title”, themes \) is not what its latest revision recorded/);
    });
  });
}
