/**
 * `prisma migrate status`: which migrations of the provider's folder are applied, pending or
 * failed, and whether the database schema has drifted from what its applied migrations produce.
 */
import fs from "node:fs";
import type { DatabaseConfig } from "../database-url";
import { openSchemaEngine } from "./engine";
import { describeError } from "./errors";
import { readMigrationRecords } from "./migration-table";
import { migrationNames, readMigrationsList, type Provider } from "./migrations-folder";
import { schemaFilter, resolveMigrationsDir, type MigrationOptions } from "./options";
import { schemaFiles } from "./schema-files";

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
  /**
   * How the database differs from the schema its applied migrations produce, as the engine's
   * summary ("[+] Added tables\n  - extra"), or null when it does not.
   */
  drift: string | null;
  /**
   * Why drift could not be checked, or null when it was. The check replays migrations in a
   * shadow database, which on PostgreSQL needs a role allowed to create databases.
   */
  driftNotChecked: string | null;
  /** Nothing pending, failed, edited, missing or drifted. */
  upToDate: boolean;
}

export async function migrationStatus(config: DatabaseConfig, options: MigrationOptions = {}): Promise<MigrationStatus> {
  const migrationsDir = resolveMigrationsDir(config, options);
  const migrationsList = readMigrationsList(migrationsDir);
  const local = migrationNames(migrationsList);
  const status = (fields: Omit<MigrationStatus, "provider" | "migrationsDir" | "local" | "upToDate">): MigrationStatus => ({
    provider: config.provider,
    migrationsDir,
    local,
    ...fields,
    upToDate:
      fields.pending.length === 0 &&
      fields.failed.length === 0 &&
      fields.edited.length === 0 &&
      fields.missingLocally.length === 0 &&
      fields.drift === null,
  });

  // Looking must not create the database file.
  if (config.provider === "sqlite" && !fs.existsSync(config.filePath)) {
    return status({
      hasMigrationsTable: false,
      applied: [],
      pending: local,
      failed: [],
      edited: [],
      missingLocally: [],
      drift: null,
      driftNotChecked: null,
    });
  }

  const files = schemaFiles(config.provider, options.root);
  const engine = await openSchemaEngine(config, files);
  try {
    const records = (await readMigrationRecords(await engine.adapters.connect())) ?? null;
    const live = (records ?? []).filter((record) => !record.rolledBack);
    const applied = live.filter((record) => record.finished).map((record) => record.migrationName);
    const failed = live.filter((record) => !record.finished).map((record) => record.migrationName);
    const recorded = new Set(live.map((record) => record.migrationName));
    const pending = local.filter((name) => !recorded.has(name));
    const missingLocally = applied.filter((name) => !local.includes(name));

    // Checksums: the engine compares each applied migration with its file (it needs the table).
    const edited =
      records === null
        ? []
        : (await engine.run("diagnoseMigrationHistory", { migrationsList, optInToShadowDatabase: false, filters: schemaFilter(config.provider) }))
            .editedMigrationNames;

    // Drift: replay the applied migrations in a shadow database and diff that with the database.
    const appliedSet = new Set(applied);
    let drift: string | null = null;
    let driftNotChecked: string | null = null;
    try {
      const { exitCode, stdout } = await engine.run("diff", {
        from: {
          tag: "migrations",
          ...migrationsList,
          migrationDirectories: migrationsList.migrationDirectories.filter((directory) => appliedSet.has(directory.path)),
        },
        to: {
          tag: "schemaDatasource",
          files: files.map(([path, content]) => ({ path, content })),
          configDir: options.root ?? process.cwd(),
        },
        script: false,
        exitCode: true,
        filters: schemaFilter(config.provider),
      });
      if (exitCode === 2) drift = (stdout ?? "").trim() || "the database schema differs from its migrations";
    } catch (error) {
      driftNotChecked = describeError(error);
    }

    return status({
      hasMigrationsTable: records !== null,
      applied,
      pending,
      failed,
      edited,
      missingLocally,
      drift,
      driftNotChecked,
    });
  } finally {
    await engine.close();
  }
}
