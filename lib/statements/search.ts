import "server-only";
import type { DatabaseConfig } from "../db/database-url";
import type { Db } from "../db/create-client";
import { Prisma } from "../generated/sqlite/client";
import { containsEveryWord, searchWords, statementWhere, type StatementFilters } from "./filters";

/**
 * The `q` filter: every word must occur in Statement.searchText (a folded copy of the text, see
 * search-text.ts), as a plain substring: % _ " ' * are characters, never operators.
 *
 * PostgreSQL answers the portable `contains` (LIKE '%word%') from its pg_trgm index, so it keeps
 * that. SQLite's LIKE cannot use an index, so words of three characters or more are looked up in
 * its FTS5 trigram table first; see docs/decisions/0009-fast-queries-at-scale.md.
 */

/** The trigram tokenizer needs three characters to find anything; shorter words scan. */
export const MIN_INDEXED_WORD_LENGTH = 3;

/**
 * Up to this many matches the timeline filters on the list of matching ids. Prisma binds each id
 * as a parameter and allows SQLite 999 per query, the filters take a few more. Beyond it the words
 * are common enough that scanning in timeline order finds a page of matches quickly.
 */
export const MAX_MATCH_IDS = 900;

/** An FTS5 query that matches each word as a literal substring: quoted phrases, quotes doubled. */
export function ftsPhraseQuery(words: readonly string[]): string {
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(" AND ");
}

/** LIKE's wildcards, which a search word must not act as. */
const LIKE_WILDCARD = /[%_]/;

/**
 * PostgreSQL's LIKE escapes with a backslash by default, so `contains` can be made literal there.
 * Prisma passes `contains` to LIKE as it is: without this, `100%` would also find "1000".
 */
function literalContains(words: readonly string[]): Prisma.StatementWhereInput[] {
  return containsEveryWord(words.map((word) => word.replace(/[\\%_]/g, "\\$&")));
}

/**
 * Conditions on Statement that select the statements matching every word of `q` (drafts too:
 * statementWhere adds the status).
 */
export async function searchConditions(
  db: Db,
  provider: DatabaseConfig["provider"],
  q: string | undefined,
): Promise<Prisma.StatementWhereInput[]> {
  const words = searchWords(q);
  if (provider === "postgresql") return literalContains(words);
  const ids = await sqliteMatchingIds(db, words);
  if (ids) return [{ id: { in: ids } }];
  // SQLite's LIKE (Prisma gives it no escape character): exact unless a word holds % or _ and
  // is in more than MAX_MATCH_IDS statements.
  return containsEveryWord(words);
}

/**
 * The ids of the statements holding every word, or null when a LIKE scan serves better: more
 * than MAX_MATCH_IDS match, or no word is long enough for the index and none holds a wildcard.
 * Short words are checked with instr(), a literal substring test.
 */
async function sqliteMatchingIds(db: Db, words: readonly string[]): Promise<string[] | null> {
  const indexed = words.filter((word) => [...word].length >= MIN_INDEXED_WORD_LENGTH);
  const short = words.filter((word) => !indexed.includes(word));
  const shortChecks = short.length ? Prisma.join(short.map((word) => Prisma.sql`AND instr(s."searchText", ${word}) > 0`), " ") : Prisma.empty;
  if (indexed.length > 0) {
    // Rowids alone come from the index without reading a statement, so a common word costs
    // little before it is handed to the LIKE scan.
    const matches = await db.$queryRaw<{ rowid: number | bigint }[]>`
      SELECT rowid FROM "StatementSearch" WHERE "StatementSearch" MATCH ${ftsPhraseQuery(indexed)}
      LIMIT ${MAX_MATCH_IDS + 1}`;
    if (matches.length > MAX_MATCH_IDS) return null;
    if (matches.length === 0) return [];
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT s."id" FROM "Statement" AS s
      WHERE s.rowid IN (SELECT value FROM json_each(${JSON.stringify(matches.map((match) => Number(match.rowid)))})) ${shortChecks}`;
    return rows.map((row) => row.id);
  }
  if (!words.some((word) => LIKE_WILDCARD.test(word))) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Statement" AS s WHERE s."status" = 'PUBLISHED' ${shortChecks}
    LIMIT ${MAX_MATCH_IDS + 1}`;
  return rows.length > MAX_MATCH_IDS ? null : rows.map((row) => row.id);
}

/** statementWhere with the search condition that suits the database. */
export async function matchingStatementsWhere(
  db: Db,
  provider: DatabaseConfig["provider"],
  filters: StatementFilters,
): Promise<Prisma.StatementWhereInput> {
  return statementWhere(filters, await searchConditions(db, provider, filters.q));
}
