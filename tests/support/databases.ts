import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { parseDatabaseUrl, type DatabaseConfig } from "../../lib/db/database-url";
import { deployMigrations } from "../../scripts/db/runner";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { seedDatabase } from "../../lib/seed/seed-database";
import { startPostgresServer } from "../../lib/testing/postgres-server";

export type OpenedDatabase = { config: DatabaseConfig; cleanup: () => Promise<void> };

/** The two databases every integration suite runs on: a fresh SQLite file and a throwaway PostgreSQL. */
export const TEST_DATABASES: [string, () => Promise<OpenedDatabase>][] = [
  [
    "SQLite",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nct-test-"));
      return { config: parseDatabaseUrl(`file:${path.join(dir, "test.db")}`), cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    "PostgreSQL",
    async () => {
      const server = await startPostgresServer();
      return { config: parseDatabaseUrl(server.url), cleanup: () => server.stop() };
    },
  ],
];

export type TestDatabase = { config: DatabaseConfig; db: Db; close: () => Promise<void> };

/** Opens one of TEST_DATABASES with every migration applied, and the seed corpus when asked. */
export async function openTestDatabase(open: () => Promise<OpenedDatabase>, options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const opened = await open();
  await deployMigrations(opened.config);
  const db = createPrismaClient(opened.config);
  if (options.seed) await seedDatabase(db, readSeedCorpus());
  return {
    config: opened.config,
    db,
    close: async () => {
      await db.$disconnect();
      await opened.cleanup();
    },
  };
}
