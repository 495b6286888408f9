import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDatabaseUrl, type DatabaseConfig } from "../../lib/db/database-url";
import { startPostgresServer } from "../../lib/testing/postgres-server";

export type OpenedDatabase = { config: DatabaseConfig; cleanup: () => Promise<void> };

/** The two databases every integration suite runs on: a fresh SQLite file and a throwaway PostgreSQL. */
export const TEST_DATABASES: [string, () => Promise<OpenedDatabase>][] = [
  [
    "SQLite",
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nct-editor-"));
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
