/**
 * `prisma migrate dev --create-only` for both providers: compares each provider's migration
 * history with prisma/schema.prisma (and its PostgreSQL variant) and writes a new migration
 * folder where they differ.
 *
 * The engine does this on scratch databases, never the configured one: it replays the history on
 * an empty database (applyMigrations), lets devDiagnostic rebuild the history's schema in a shadow
 * database (the wasm engine's createMigration cannot open a shadow database itself and relies on
 * the schema devDiagnostic cached), then diffs that against the Prisma schema (createMigration).
 * SQLite uses in-memory databases; PostgreSQL needs a server (see PostgresTarget).
 */
import { randomBytes } from "node:crypto";
import type { CreateMigrationOutput } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createFreshDatabase, dropDatabase, startPostgresServer } from "../../testing/postgres-server";
import { parseDatabaseUrl, type DatabaseConfig } from "../database-url";
import { openSchemaEngine } from "./engine";
import { MigrationError } from "./errors";
import { migrationsDirectory, readMigrationsList, writeMigration, type Provider } from "./migrations-folder";
import { schemaFilter } from "./options";
import { schemaFiles } from "./schema-files";

export interface CreateMigrationOptions {
  /** Project root holding prisma/ (default: the current directory). */
  root?: string;
  /**
   * A PostgreSQL server to work on (the role needs CREATEDB; only temporary databases are
   * created and dropped). Default: DATABASE_URL when it is a PostgreSQL URL, otherwise a
   * throwaway server started for the occasion (lib/testing/postgres-server.ts).
   */
  postgresUrl?: string;
  /** Default: both. */
  providers?: Provider[];
}

export interface CreatedMigration {
  provider: Provider;
  /** The new folder's name, or null when the history already matches the schema. */
  name: string | null;
  /** The new folder, or null. */
  path: string | null;
}

export interface SchemaChange {
  provider: Provider;
  /** The SQL a new migration would contain, or null when the history matches the schema. */
  script: string | null;
}

export async function createMigration(name: string, options: CreateMigrationOptions = {}): Promise<CreatedMigration[]> {
  const slug = migrationSlug(name);
  const planned = await planMigrations(slug, options);
  // Both providers' folders get the same timestamped name.
  const folderName = planned.find((plan) => plan.output.migrationScript !== null)?.output.generatedMigrationName;
  return planned.map(({ provider, output }) => {
    if (output.migrationScript === null || !folderName) return { provider, name: null, path: null };
    const folder = writeMigration(migrationsDirectory(provider, options.root), {
      name: folderName,
      script: output.migrationScript,
      extension: output.extension,
      connectorType: output.connectorType,
    });
    return { provider, name: folderName, path: folder };
  });
}

/** What a new migration would contain for each provider, without writing anything. */
export async function schemaChangesSinceMigrations(options: CreateMigrationOptions = {}): Promise<SchemaChange[]> {
  const planned = await planMigrations("check", options);
  return planned.map(({ provider, output }) => ({ provider, script: output.migrationScript }));
}

/** Migration names become folder names: letters, digits and underscores, as the Prisma CLI does. */
export function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 200);
  if (!slug) throw new MigrationError(`invalid migration name "${name}": use letters, digits and underscores`);
  return slug;
}

async function planMigrations(
  name: string,
  options: CreateMigrationOptions,
): Promise<{ provider: Provider; output: CreateMigrationOutput }[]> {
  const providers = options.providers ?? ["sqlite", "postgresql"];
  const results: { provider: Provider; output: CreateMigrationOutput }[] = [];
  for (const provider of providers) {
    const output =
      provider === "sqlite"
        ? await planOn({ provider: "sqlite", url: "file::memory:", filePath: ":memory:" }, name, options)
        : await withScratchPostgres(options, (config) => planOn(config, name, options));
    results.push({ provider, output });
  }
  return results;
}

async function planOn(config: DatabaseConfig, name: string, options: CreateMigrationOptions): Promise<CreateMigrationOutput> {
  const files = schemaFiles(config.provider, options.root);
  const migrationsList = readMigrationsList(migrationsDirectory(config.provider, options.root));
  const engine = await openSchemaEngine(config, files);
  try {
    await engine.run("applyMigrations", { migrationsList, filters: schemaFilter(config.provider) });
    const { action } = await engine.run("devDiagnostic", { migrationsList, filters: schemaFilter(config.provider) });
    if (action.tag === "reset") throw new MigrationError(`cannot create a migration: ${action.reason.split("\n")[0]}`);
    return await engine.run("createMigration", {
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: files.map(([path, content]) => ({ path, content })) },
      filters: schemaFilter(config.provider),
    });
  } finally {
    await engine.close();
  }
}

/** Runs `work` on an empty temporary PostgreSQL database, dropped afterwards. */
async function withScratchPostgres<T>(
  options: CreateMigrationOptions,
  work: (config: DatabaseConfig) => Promise<T>,
): Promise<T> {
  let serverUrl = options.postgresUrl;
  if (!serverUrl) {
    const configured = parseDatabaseUrl(process.env.DATABASE_URL);
    if (configured.provider === "postgresql") serverUrl = configured.url;
  }
  const server = serverUrl ? undefined : await startPostgresServer();
  const url = serverUrl ?? server!.url;
  try {
    const database = `prisma_migrate_${randomBytes(6).toString("hex")}`;
    const scratchUrl = await createFreshDatabase(url, database).catch((error: unknown) => {
      throw new MigrationError(`cannot create a scratch database on the PostgreSQL server: ${(error as Error).message}`);
    });
    try {
      return await work({ provider: "postgresql", url: scratchUrl });
    } finally {
      await dropDatabase(url, database);
    }
  } finally {
    await server?.stop();
  }
}
