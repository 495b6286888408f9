/**
 * Prisma's bookkeeping table, _prisma_migrations, read and judged the way `prisma migrate deploy`
 * does, so the stock CLI and this runner agree on what is applied.
 */
import { MigrationError } from "../../../lib/db/migrations/migration-error";
import { matchesChecksum, type LocalMigration, type Provider } from "./local-migrations";

export const MIGRATIONS_TABLE = "_prisma_migrations";

/** The table exactly as Prisma's schema engine creates it on each database. */
export const MIGRATIONS_TABLE_DDL: Record<Provider, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`,
};

export interface MigrationRecord {
  id: string;
  migrationName: string;
  checksum: string;
  /** When it was started, as stored (text on SQLite, a timestamp on PostgreSQL). */
  startedAt: string;
  finished: boolean;
  rolledBack: boolean;
}

/** Where the applied migrations are stored and how a new one is applied there. */
export interface MigrationStore {
  /** The rows of _prisma_migrations, oldest first; null when the table does not exist. */
  records(): Promise<MigrationRecord[] | null>;
  /**
   * Runs the migration and records it in one transaction, so a failure changes nothing. Returns
   * false, having changed nothing, when it was already recorded (another deploy came first).
   */
  apply(migration: LocalMigration): Promise<boolean>;
  close(): Promise<void>;
}

export interface History {
  /** Finished and not rolled back, in the order they were applied. */
  applied: string[];
  /** Started but never finished nor rolled back: a failed `prisma migrate deploy` of the stock CLI. */
  failed: MigrationRecord[];
  /** Applied, but its migration.sql changed since. */
  edited: string[];
  /** Applied, but absent from the folder. */
  missingLocally: string[];
  /** In the folder and not applied, oldest first. */
  pending: LocalMigration[];
}

export function compareHistory(local: LocalMigration[], records: MigrationRecord[] | null): History {
  const live = (records ?? []).filter((record) => !record.rolledBack);
  const finished = live.filter((record) => record.finished);
  const byName = new Map(local.map((migration) => [migration.name, migration]));
  const recorded = new Set(live.map((record) => record.migrationName));
  return {
    applied: finished.map((record) => record.migrationName),
    failed: live.filter((record) => !record.finished),
    edited: finished
      .filter((record) => {
        const migration = byName.get(record.migrationName);
        return migration !== undefined && !matchesChecksum(migration, record.checksum);
      })
      .map((record) => record.migrationName),
    missingLocally: finished.map((record) => record.migrationName).filter((name) => !byName.has(name)),
    pending: local.filter((migration) => !recorded.has(migration.name)),
  };
}

/** Refuses to go on, in one line, over a history that applying more migrations would make worse. */
export function refuseUnsafeHistory(history: History): void {
  const failed = history.failed[0];
  if (failed) {
    throw new MigrationError(
      `migration ${failed.migrationName} is recorded as failed (started ${failed.startedAt}, never finished): ` +
        `repair the database by hand, then mark it rolled back (npx prisma migrate resolve --rolled-back ${failed.migrationName}) ` +
        `or delete its row from ${MIGRATIONS_TABLE}. Nothing was applied.`,
      { code: "P3009", migrationName: failed.migrationName },
    );
  }
  if (history.edited.length > 0) {
    const names = history.edited.join(", ");
    throw new MigrationError(
      `migration${history.edited.length === 1 ? "" : "s"} ${names} changed after being applied (the checksum of migration.sql differs ` +
        `from the one recorded): restore the committed file and put the change in a new migration. Nothing was applied.`,
      { migrationName: history.edited[0] },
    );
  }
}

/** Timestamps as Prisma's engine writes them into SQLite's DATETIME text columns. */
export function sqliteTimestamp(date = new Date()): string {
  return date.toISOString().replace(/Z$/, "+00:00");
}
