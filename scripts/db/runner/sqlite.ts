/**
 * Applies SQLite migrations with better-sqlite3, in ordinary locking mode and with a busy timeout,
 * so a database in write-ahead-log mode, one left with -wal/-shm files by a crash, and one another
 * process has open (a reader, or the app serving) all migrate: the connection waits for the write
 * lock instead of taking the file for itself (see docs/decisions/0011-migration-runner.md for
 * why the schema engine could not).
 *
 * Each migration runs as SQLite documents for schema changes that rebuild tables
 * (https://www.sqlite.org/lang_altertable.html#otheralter): foreign keys off outside the
 * transaction (the PRAGMA is a no-op inside one, and a DROP TABLE with them on would cascade),
 * the script and its _prisma_migrations row in one transaction, `PRAGMA foreign_key_check`
 * before committing, then foreign keys on again.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS_TABLE, MIGRATIONS_TABLE_DDL, sqliteTimestamp, type MigrationRecord, type MigrationStore } from "./history";
import type { LocalMigration } from "./local-migrations";

/** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 30_000;

export function openSqliteStore(filePath: string, options: { create: boolean }): MigrationStore {
  if (options.create) fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath, { fileMustExist: !options.create, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return sqliteStore(db);
}

/** A store on an open connection; close() closes it. */
export function sqliteStore(db: Database.Database): MigrationStore {

  const records = (): MigrationRecord[] | null => {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
    if (!table) return null;
    const rows = db
      .prepare(
        `SELECT id, migration_name, checksum, started_at, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
         FROM ${MIGRATIONS_TABLE} ORDER BY started_at, migration_name`,
      )
      .all() as { id: string; migration_name: string; checksum: string; started_at: string; finished: number; rolled_back: number }[];
    return rows.map((row) => ({
      id: row.id,
      migrationName: row.migration_name,
      checksum: row.checksum,
      startedAt: String(row.started_at),
      finished: row.finished === 1,
      rolledBack: row.rolled_back === 1,
    }));
  };

  const apply = (migration: LocalMigration): boolean => {
    db.pragma("foreign_keys = OFF");
    try {
      // IMMEDIATE: take the write lock (waiting up to the busy timeout) before reading, so the
      // "already applied?" check and the migration see the same database.
      db.exec("BEGIN IMMEDIATE");
      try {
        db.exec(MIGRATIONS_TABLE_DDL.sqlite);
        const done = db
          .prepare(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE migration_name = ? AND rolled_back_at IS NULL`)
          .get(migration.name);
        if (done) {
          db.exec("ROLLBACK");
          return false;
        }
        const startedAt = sqliteTimestamp();
        db.exec(migration.script);
        refuseBrokenForeignKeys(db);
        db.prepare(
          `INSERT INTO ${MIGRATIONS_TABLE} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
        ).run(randomUUID(), migration.checksum, sqliteTimestamp(), migration.name, startedAt);
        db.exec("COMMIT");
        return true;
      } catch (error) {
        // Some errors (a full disk, an interrupted statement) already ended the transaction.
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    } finally {
      db.pragma("foreign_keys = ON");
    }
  };

  return {
    records: async () => records(),
    apply: async (migration) => apply(migration),
    close: async () => {
      db.close();
    },
  };
}

function refuseBrokenForeignKeys(db: Database.Database): void {
  const violations = db.prepare("PRAGMA foreign_key_check").all() as { table: string; rowid: number | null; parent: string }[];
  const first = violations[0];
  if (first) {
    throw new Error(
      `it leaves ${violations.length} row${violations.length === 1 ? "" : "s"} with a broken foreign key ` +
        `(first: ${first.table} row ${first.rowid ?? "?"} refers to a missing ${first.parent})`,
    );
  }
}
