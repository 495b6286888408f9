/**
 * `prisma migrate deploy`: applies the provider's pending migrations, oldest first.
 *
 * A migration that fails is undone completely, so the database is exactly as it was before that
 * migration (migrations applied before it in the same call stay applied, as with any migration
 * tool that runs one transaction per migration):
 * - PostgreSQL runs each migration script as one implicit transaction (postgres.ts); what is left
 *   is the engine's row for the failed attempt in _prisma_migrations, which is deleted (and the
 *   table itself dropped if this call created it and nothing was applied).
 * - SQLite migrations cannot run in a transaction (sqlite-snapshot.ts says why), so each one is
 *   applied on its own, with the database file copied before and copied back if it fails.
 */
import fs from "node:fs";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseConfig } from "../database-url";
import { openSchemaEngine, type OpenEngine } from "./engine";
import { describeError, MigrationError, toMigrationError } from "./errors";
import {
  deleteMigrationRecordsExcept,
  dropMigrationsTable,
  readMigrationRecords,
  type MigrationRecord,
} from "./migration-table";
import { migrationNames, readMigrationsList } from "./migrations-folder";
import { schemaFilter, resolveMigrationsDir, type MigrationOptions } from "./options";
import { snapshotSqliteFile, type SqliteSnapshot } from "./sqlite-snapshot";

/** Applies pending migrations; returns the names applied (empty when already up to date). */
export async function deployMigrations(config: DatabaseConfig, options: MigrationOptions = {}): Promise<string[]> {
  const migrationsList = readMigrationsList(resolveMigrationsDir(config, options));
  return config.provider === "sqlite"
    ? deploySqlite(config, migrationsList)
    : deployPostgres(config, migrationsList);
}

async function deploySqlite(
  config: Extract<DatabaseConfig, { provider: "sqlite" }>,
  migrationsList: MigrationList,
): Promise<string[]> {
  // A database that does not exist yet is "restored" by deleting the file the engine creates.
  let snapshot: SqliteSnapshot | undefined = fs.existsSync(config.filePath)
    ? undefined
    : snapshotSqliteFile(config.filePath);
  let engine: OpenEngine | undefined;
  let current: string | undefined;
  const applied: string[] = [];
  try {
    engine = await openSchemaEngine(config);
    const pending = pendingMigrations(migrationsList, await readMigrationRecords(await engine.adapters.connect()));
    if (pending.length === 0) {
      // Still run the engine: it creates _prisma_migrations and refuses to go on over failed
      // migrations, as `migrate deploy` does.
      await engine.run("applyMigrations", { migrationsList, filters: schemaFilter(config.provider) });
      snapshot?.discard();
      return [];
    }
    for (const name of pending) {
      current = name;
      // The copy is taken with no connection open (see sqlite-snapshot.ts), so one engine per migration.
      if (!snapshot) {
        await engine?.close();
        snapshot = snapshotSqliteFile(config.filePath);
        engine = await openSchemaEngine(config);
      }
      engine ??= await openSchemaEngine(config);
      const result = await engine.run("applyMigrations", { migrationsList: upTo(migrationsList, name), filters: schemaFilter(config.provider) });
      applied.push(...result.appliedMigrationNames);
      await engine.close();
      engine = undefined;
      snapshot.discard();
      snapshot = undefined;
    }
    return applied;
  } catch (error) {
    throw await failure(error, current, applied, async () => {
      await engine?.close();
      engine = undefined;
      // No copy: the failure came before anything was written.
      snapshot?.restore();
    });
  } finally {
    await engine?.close();
  }
}

async function deployPostgres(config: DatabaseConfig, migrationsList: MigrationList): Promise<string[]> {
  const engine = await openSchemaEngine(config);
  try {
    const connection = await engine.adapters.connect();
    const before = await readMigrationRecords(connection);
    try {
      return (await engine.run("applyMigrations", { migrationsList, filters: schemaFilter(config.provider) })).appliedMigrationNames;
    } catch (error) {
      const after = await readMigrationRecords(connection);
      const known = new Set((before ?? []).map((record) => record.id));
      const added = (after ?? []).filter((record) => !known.has(record.id));
      const applied = added.filter((record) => record.finished).map((record) => record.migrationName);
      const failed = added.find((record) => !record.finished);
      throw await failure(error, failed?.migrationName, applied, async () => {
        if (before === null && applied.length === 0) {
          await dropMigrationsTable(connection);
        } else if (failed) {
          await deleteMigrationRecordsExcept(
            connection,
            (after ?? []).filter((record) => record !== failed).map((record) => record.id),
          );
        }
      });
    }
  } finally {
    await engine.close();
  }
}

/** Folder migrations not recorded in the database (a rolled-back record does not count). */
function pendingMigrations(list: MigrationList, records: MigrationRecord[] | null): string[] {
  const recorded = new Set((records ?? []).filter((record) => !record.rolledBack).map((record) => record.migrationName));
  return migrationNames(list).filter((name) => !recorded.has(name));
}

/** The folder as if `name` were its newest migration: the engine applies nothing after it. */
function upTo(list: MigrationList, name: string): MigrationList {
  const index = list.migrationDirectories.findIndex((directory) => directory.path === name);
  return { ...list, migrationDirectories: list.migrationDirectories.slice(0, index + 1) };
}

/** Undoes the failed migration and builds the one-line error saying what happened. */
async function failure(
  error: unknown,
  migrationName: string | undefined,
  applied: string[],
  undo: () => Promise<void>,
): Promise<MigrationError> {
  const cause = toMigrationError(error);
  const name = cause.migrationName ?? migrationName;
  let message = cause.message;
  if (name && !message.includes(name)) message = `migration ${name} failed: ${message}`;
  try {
    await undo();
    message += name ? ". It was rolled back: the database is as it was before it" : ". Nothing was changed";
  } catch (undoError) {
    message += `. Undoing it failed too (${describeError(undoError)}): check the database`;
  }
  if (applied.length > 0) message += `; applied before it: ${applied.join(", ")}`;
  return new MigrationError(`${message}.`, { code: cause.code, migrationName: name, cause: error });
}

