/**
 * The committed migrations of one provider, as the stock Prisma CLI lays them out:
 * <dir>/<timestamp>_<name>/migration.sql, oldest first, and <dir>/migration_lock.toml.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DatabaseConfig } from "../../../lib/db/database-url";
import { MigrationError } from "../../../lib/db/migrations/migration-error";
import { migrationsDirectory } from "../../../lib/db/migrations/migrations-folder";

export type Provider = DatabaseConfig["provider"];

export interface LocalMigration {
  name: string;
  script: string;
  /** What Prisma records in _prisma_migrations.checksum: the SHA-256 of migration.sql, in hex. */
  checksum: string;
}

export interface RunnerOptions {
  /** Project root holding prisma/ (default: the current directory). */
  root?: string;
  /** Migrations folder to use instead of the provider's usual one (tests). */
  migrationsDir?: string;
}

export function resolveMigrationsDir(provider: Provider, options: RunnerOptions = {}): string {
  return options.migrationsDir ?? migrationsDirectory(provider, options.root);
}

/** Reads the folder (a missing folder is an empty history); refuses a folder locked to another provider. */
export function readLocalMigrations(dir: string, provider: Provider): LocalMigration[] {
  if (!fs.existsSync(dir)) return [];
  const lockFile = path.join(dir, "migration_lock.toml");
  if (fs.existsSync(lockFile)) {
    const locked = /^\s*provider\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(lockFile, "utf8"))?.[1];
    if (locked && locked !== provider) {
      throw new MigrationError(`${lockFile} is for ${locked}, not ${provider}: these migrations are not for this database`);
    }
  }
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!fs.existsSync(file)) throw new MigrationError(`${path.join(dir, name)} has no migration.sql`);
      const script = fs.readFileSync(file, "utf8");
      return { name, script, checksum: checksumOf(script) };
    });
}

export function checksumOf(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

/**
 * Whether a recorded checksum belongs to this script. Like Prisma, a checkout that turned the
 * file's line endings into CRLF (git autocrlf) still matches the LF original.
 */
export function matchesChecksum(migration: LocalMigration, checksum: string): boolean {
  return checksum === migration.checksum || checksum === checksumOf(migration.script.replace(/\r\n/g, "\n"));
}
