/**
 * Makes a SQLite migration all-or-nothing. SQLite DDL is transactional, but Prisma's SQLite
 * migrations cannot run inside a transaction: they rebuild tables between
 * `PRAGMA foreign_keys=OFF` and `=ON`, which SQLite ignores inside a transaction (and a DROP TABLE
 * with foreign keys still on would cascade deletes into other tables). So the database file is
 * copied before a migration and copied back if it fails.
 *
 * The copy is taken and restored while no connection is open: the engine holds SQLite's lock in
 * exclusive mode once it has written, so neither a file copy nor SQLite's backup API could see a
 * consistent file while it is open. Run deploys while the app is stopped (npm run dev and
 * prestart do).
 */
import fs from "node:fs";
import path from "node:path";

export interface SqliteSnapshot {
  /** Puts the database files back as they were (a database that did not exist is removed). */
  restore(): void;
  /** Deletes the copies. */
  discard(): void;
}

// The database file and the companions SQLite may hold committed or pending data in.
const PARTS = ["", "-journal", "-wal"];

export function snapshotSqliteFile(filePath: string): SqliteSnapshot {
  const copyOf = (suffix: string) =>
    path.join(path.dirname(filePath), `.${path.basename(filePath)}${suffix}.before-migrate`);
  const existed = PARTS.filter((suffix) => fs.existsSync(filePath + suffix));
  for (const suffix of existed) fs.copyFileSync(filePath + suffix, copyOf(suffix));
  const discard = () => {
    for (const suffix of existed) fs.rmSync(copyOf(suffix), { force: true });
  };
  return {
    restore: () => {
      for (const suffix of PARTS) {
        if (existed.includes(suffix)) fs.copyFileSync(copyOf(suffix), filePath + suffix);
        else fs.rmSync(filePath + suffix, { force: true });
      }
      // Shared-memory index of a WAL file: rebuilt from the WAL by the next connection.
      fs.rmSync(`${filePath}-shm`, { force: true });
      discard();
    },
    discard,
  };
}
