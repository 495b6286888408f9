import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/create-client";
import type { DatabaseConfig } from "../../lib/db/database-url";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { parseStatementFilters, searchWords, statementWhere } from "../../lib/statements/filters";
import { createStatement, updateStatement } from "../../lib/statements/mutations";
import { buildSearchText } from "../../lib/statements/search-text";
import { MAX_MATCH_IDS, matchingStatementsWhere, searchConditions } from "../../lib/statements/search";
import { statementInput, type StatementInput } from "../../lib/validation/statement";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../support/databases";

const corpus = readSeedCorpus();

/** Published statements whose quotes hold the characters a search must take literally. */
const QUOTES: Record<string, string> = {
  percent: "Allies are 100% committed to the rules-based order.",
  thousand: "Over 1000 troops took part in the exercise.",
  underscore: "The file was named under_score in the archive.",
  notUnderscore: "The file was named underXscore in the other archive.",
  doubleQuote: 'He said "hi" to the press.',
  apostrophe: "Le sommet de l'OTAN à Vilnius.",
  star: "The formula a*b appeared in the annex.",
  accents: "Les DÉFIS SYSTÉMIQUES posés par la Chine.",
  shortWords: "An ox is on the go.",
};

function statement(key: string, quote: string): StatementInput {
  return statementInput.parse({
    slug: `2024-07-12-search-${key.toLowerCase()}`,
    date: "2024-07-12",
    title: `Search case ${key}`,
    documentType: "PRESS_CONFERENCE",
    quote,
    language: "en",
    toneLevel: 3,
    verification: "UNVERIFIED",
    status: "PUBLISHED",
    sourceId: corpus.sources[0]!.id,
    themes: [],
  });
}

function filters(query: string) {
  const parsed = parseStatementFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.filters;
}

for (const [name, open] of TEST_DATABASES) {
  describe(`search on ${name}`, () => {
    let database: TestDatabase;
    let db: Db;
    let provider: DatabaseConfig["provider"];
    let authorId: string;

    /** Slugs found by the database's search, in timeline order. */
    async function found(query: string): Promise<string[]> {
      const where = await matchingStatementsWhere(db, provider, filters(query));
      return (await db.statement.findMany({ where, orderBy: [{ date: "asc" }, { slug: "asc" }], select: { slug: true } })).map((s) => s.slug);
    }

    /** Slugs of the statements whose search text holds every word, checked one by one in JavaScript. */
    async function foundByScan(query: string): Promise<string[]> {
      const { q, ...others } = filters(query);
      const rows = await db.statement.findMany({
        where: statementWhere(others),
        orderBy: [{ date: "asc" }, { slug: "asc" }],
        select: { slug: true, searchText: true },
      });
      const words = searchWords(q);
      return rows.filter((row) => words.every((word) => row.searchText.includes(word))).map((row) => row.slug);
    }

    const slugOf = (key: string) => `2024-07-12-search-${key.toLowerCase()}`;

    beforeAll(async () => {
      database = await openTestDatabase(open, { seed: true });
      db = database.db;
      provider = database.config.provider;
      authorId = (await db.user.create({ data: { name: "Searcher", email: `search-${name.toLowerCase()}@example.org` } })).id;
      for (const [key, quote] of Object.entries(QUOTES)) {
        const result = await createStatement(db, statement(key, quote), authorId);
        if (!result.ok) throw new Error(`could not create ${key}`);
      }
    });

    afterAll(() => database?.close());

    it.each([
      ["100%", ["percent"]],
      ["under_score", ["underscore"]],
      ['"hi"', ["doubleQuote"]],
      ["l'otan", ["apostrophe"]],
      ["a*b", ["star"]],
      ["défis systémiques", ["accents"]],
      ["DEFIS Systemiques", ["accents"]],
      ["ox go", ["shortWords"]],
      ["1000 troops", ["thousand"]],
      ["underxscore", ["notUnderscore"]],
    ])("q=%s finds exactly the statements holding it literally", async (q, keys) => {
      expect(await found(`q=${encodeURIComponent(q)}`)).toEqual(keys.map(slugOf));
    });

    it.each([
      "systemic",
      "SYSTÉMIQUE",
      "china russia",
      "chin",
      "nato china challenges",
      "de",
      "a",
      "100% committed",
      "%",
      "_",
      "%_",
      "r_",
      "0%",
      '"',
      "'",
      "*",
      "OR",
      "NEAR",
      "wholly absent word",
      "q=systemic&tone=4,5&from=2021",
    ])("q=%s finds what the substring scan finds", async (q) => {
      const query = q.startsWith("q=") ? q : `q=${encodeURIComponent(q)}`;
      const scanned = await foundByScan(query);
      expect(await found(query)).toEqual(scanned);
    });

    it("a word in more statements than the id list holds still finds all of them", async () => {
      const common = Array.from({ length: MAX_MATCH_IDS + 5 }, (_, i) => ({
        id: `bulk-${i}`,
        slug: `2019-01-01-bulk-${i}`,
        date: new Date("2019-01-01T00:00:00Z"),
        title: `Bulk ${i}`,
        documentType: "NEWS_RELEASE" as const,
        language: "en",
        toneLevel: 2,
        verification: "UNVERIFIED" as const,
        status: "PUBLISHED" as const,
        searchText: `bulk filler ${i} ubiquitousword`,
        sourceId: corpus.sources[0]!.id,
      }));
      await db.statement.createMany({ data: common });
      try {
        const conditions = await searchConditions(db, provider, "ubiquitousword");
        if (provider === "sqlite") expect(conditions).toEqual([{ searchText: { contains: "ubiquitousword" } }]);
        const all = await found("q=ubiquitousword");
        expect(all).toHaveLength(common.length);
        const narrowed = await found("q=ubiquitousword%20filler%2017");
        expect(narrowed).toContain("2019-01-01-bulk-17");
        expect(narrowed).not.toContain("2019-01-01-bulk-18");
        expect(narrowed).toEqual(await foundByScan("q=ubiquitousword%20filler%2017"));
      } finally {
        await db.statement.deleteMany({ where: { id: { startsWith: "bulk-" } } });
      }
      expect(await found("q=ubiquitousword")).toEqual([]);
    });

    it("follows every save: create, correction, archive, delete", async () => {
      const input = statement("lifecycle", "A zeppelinesque phrase nobody else uses.");
      const created = await createStatement(db, input, authorId);
      if (!created.ok) throw new Error("create failed");
      expect(await found("q=zeppelinesque")).toEqual([input.slug]);

      const corrected = { ...input, quote: "A quixotically worded correction." };
      const updated = await updateStatement(db, { id: created.statement.id, expectedVersion: 1, input: corrected, authorId });
      expect(updated.ok).toBe(true);
      expect(await found("q=zeppelinesque")).toEqual([]);
      expect(await found("q=quixotically")).toEqual([input.slug]);

      const archived = await updateStatement(db, { id: created.statement.id, expectedVersion: 2, input: { ...corrected, status: "ARCHIVED" }, authorId });
      expect(archived.ok).toBe(true);
      expect(await found("q=quixotically")).toEqual([]);

      const restored = await updateStatement(db, { id: created.statement.id, expectedVersion: 3, input: corrected, authorId });
      expect(restored.ok).toBe(true);
      expect(await found("q=quixotically")).toEqual([input.slug]);

      await db.revision.deleteMany({ where: { entityId: created.statement.id } });
      await db.statement.delete({ where: { id: created.statement.id } });
      expect(await found("q=quixotically")).toEqual([]);
      expect(buildSearchText(corrected)).toContain("quixotically");
    });

    it.runIf(name === "SQLite")("keeps the FTS index identical to the statements' search text", async () => {
      // FTS5's own check: the index must hold exactly the tokens of Statement.searchText.
      await expect(db.$executeRawUnsafe(`INSERT INTO "StatementSearch"("StatementSearch", rank) VALUES ('integrity-check', 1)`)).resolves.toBeDefined();
    });
  });
}
