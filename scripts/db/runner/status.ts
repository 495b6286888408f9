/**
 * `npm run db:status`, like `prisma migrate status`: which committed migrations are applied,
 * pending or failed, which were edited after being applied, and whether the schema drifted from
 * what the applied migrations produce. Reads only; never creates a SQLite file.
 */
import fs from "node:fs";
import type { DatabaseConfig } from "../../../lib/db/database-url";
import { checkDrift } from "./drift";
import { compareHistory } from "./history";
import { readLocalMigrations, resolveMigrationsDir, type Provider, type RunnerOptions } from "./local-migrations";
import { openPostgresStore } from "./postgres";
import { openSqliteStore } from "./sqlite";

export interface MigrationStatus {
  provider: Provider;
  migrationsDir: string;
  /** Migration folders, oldest first. */
  local: string[];
  /** Whether the database has a _prisma_migrations table (false: never deployed). */
  hasMigrationsTable: boolean;
  /** Recorded as applied, in the order they were applied. */
  applied: string[];
  /** In the folder but not applied. */
  pending: string[];
  /** Started but never finished (a failed `prisma migrate deploy` of the stock CLI leaves these). */
  failed: string[];
  /** Applied, but the migration.sql file changed since. */
  edited: string[];
  /** Applied to the database but absent from the folder. */
  missingLocally: string[];
  /** How the schema differs from what its applied migrations produce ("added: table X"), or null. */
  drift: string | null;
  /** Why drift could not be checked (PostgreSQL needs a role allowed to create databases), or null. */
  driftNotChecked: string | null;
  /** Nothing pending, failed, edited, missing or drifted. */
  upToDate: boolean;
}

export async function migrationStatus(config: DatabaseConfig, options: RunnerOptions = {}): Promise<MigrationStatus> {
  const migrationsDir = resolveMigrationsDir(config.provider, options);
  const local = readLocalMigrations(migrationsDir, config.provider);
  let records = null;
  if (config.provider === "postgresql" || fs.existsSync(config.filePath)) {
    const store = config.provider === "sqlite" ? openSqliteStore(config.filePath, { create: false }) : await openPostgresStore(config.url, { lock: false });
    try {
      records = await store.records();
    } finally {
      await store.close();
    }
  }
  const history = compareHistory(local, records);
  const applied = new Set(history.applied);
  const { drift, notChecked } =
    records === null
      ? { drift: null, notChecked: null }
      : history.missingLocally.length > 0
        ? { drift: null, notChecked: "some applied migrations are missing from the folder" }
        : await checkDrift(config, local.filter((migration) => applied.has(migration.name)));
  const failed = history.failed.map((record) => record.migrationName);
  const pending = history.pending.map((migration) => migration.name);
  return {
    provider: config.provider,
    migrationsDir,
    local: local.map((migration) => migration.name),
    hasMigrationsTable: records !== null,
    applied: history.applied,
    pending,
    failed,
    edited: history.edited,
    missingLocally: history.missingLocally,
    drift,
    driftNotChecked: notChecked,
    upToDate: pending.length === 0 && failed.length === 0 && history.edited.length === 0 && history.missingLocally.length === 0 && drift === null,
  };
}
