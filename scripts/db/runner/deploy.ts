/**
 * `npm run db:deploy` (and what `npm start`, `npm run dev` and the test servers run first): applies
 * the committed migrations that are not applied yet, oldest first, each in its own transaction.
 * A migration that fails leaves the database as it was before it; migrations applied before it
 * in the same deploy stay applied.
 */
import fs from "node:fs";
import type { DatabaseConfig } from "../../../lib/db/database-url";
import { MigrationError } from "../../../lib/db/migrations/migration-error";
import { compareHistory, refuseUnsafeHistory, type MigrationStore } from "./history";
import { readLocalMigrations, resolveMigrationsDir, type RunnerOptions } from "./local-migrations";
import { openPostgresStore } from "./postgres";
import { openSqliteStore } from "./sqlite";

/** Applies pending migrations; returns the names applied (empty when already up to date). */
export async function deployMigrations(config: DatabaseConfig, options: RunnerOptions = {}): Promise<string[]> {
  const local = readLocalMigrations(resolveMigrationsDir(config.provider, options), config.provider);
  const newFile = config.provider === "sqlite" && !fs.existsSync(config.filePath);
  const store: MigrationStore =
    config.provider === "sqlite"
      ? openSqliteStore(config.filePath, { create: true })
      : await openPostgresStore(config.url, { lock: true });
  const applied: string[] = [];
  let failed = false;
  try {
    const history = compareHistory(local, await store.records());
    refuseUnsafeHistory(history);
    for (const migration of history.pending) {
      try {
        if (await store.apply(migration)) applied.push(migration.name);
      } catch (error) {
        failed = true;
        let message = `migration ${migration.name} failed: ${firstLine(error)}. It was rolled back: the database is as it was before it`;
        if (applied.length > 0) message += `; applied before it: ${applied.join(", ")}`;
        throw new MigrationError(`${message}.`, { migrationName: migration.name, cause: error });
      }
    }
    return applied;
  } finally {
    await store.close();
    // A deploy that created the SQLite file and applied nothing leaves no empty database behind.
    if (newFile && failed && applied.length === 0 && config.provider === "sqlite") {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(config.filePath + suffix, { force: true });
    }
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.trim().replace(/\.$/, "");
}
