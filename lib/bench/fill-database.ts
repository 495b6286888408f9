import Database from "better-sqlite3";
import type { Db } from "../db/create-client";
import type { SeedCorpus } from "../seed/seed-files";
import { seedDatabase } from "../seed/seed-database";
import { statementData } from "../statements/persist";
import { syntheticStatements } from "./synthetic-statements";

/** Prisma's SQLite adapters store DateTime as ISO 8601 text with an explicit offset. */
function sqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/**
 * Brings an empty, migrated SQLite database to `total` statements: the real seed corpus (through
 * the seeding code, with its revisions) and synthetic statements for the rest.
 *
 * Synthetic rows get their columns from the app's own statementData (search text, automatic tone
 * reading) but are written with better-sqlite3 in one transaction: Prisma's createMany took
 * about 7 s per 1,000 rows here, so 100,000 would take over ten minutes, against seconds this
 * way. They get no revisions: no page the benchmark loads reads them, and nothing requires one.
 */
export async function fillBenchmarkDatabase(
  db: Db,
  filePath: string,
  corpus: SeedCorpus,
  total: number,
  seed: number,
): Promise<{ synthetic: number }> {
  await seedDatabase(db, corpus);
  const themeIds = new Map((await db.theme.findMany({ select: { id: true, slug: true } })).map((theme) => [theme.slug, theme.id]));
  const statements = syntheticStatements(corpus, Math.max(0, total - corpus.statements.length), seed);
  const sqlite = new Database(filePath);
  try {
    const now = sqliteDateTime(new Date());
    const columns = [
      "id", "slug", "date", "title", "speaker", "body", "documentType", "event", "quote", "language", "translation",
      "paragraphRef", "summary", "toneLevel", "toneRationale", "autoToneLevel", "autoToneScore", "verification",
      "status", "version", "searchText", "sourceId", "createdAt", "updatedAt",
    ];
    const insertStatement = sqlite.prepare(
      `INSERT INTO "Statement" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
    );
    // Prisma's implicit many-to-many table: A is the Statement id, B the Theme id.
    const insertLink = sqlite.prepare(`INSERT INTO "_StatementToTheme" ("A", "B") VALUES (?, ?)`);
    sqlite.transaction(() => {
      statements.forEach((statement, index) => {
        const id = `bench${index + 1}`;
        const data = statementData(statement);
        insertStatement.run({ ...data, id, date: sqliteDateTime(data.date), version: 1, createdAt: now, updatedAt: now });
        for (const slug of statement.themes) insertLink.run(id, themeId(themeIds, slug));
      });
    })();
  } finally {
    sqlite.close();
  }
  return { synthetic: statements.length };
}

function themeId(themeIds: Map<string, string>, slug: string): string {
  const id = themeIds.get(slug);
  if (!id) throw new Error(`Synthetic statement names theme "${slug}", which the database does not have`);
  return id;
}
