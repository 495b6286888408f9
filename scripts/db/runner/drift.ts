/**
 * Drift: whether the database's schema is what its applied migrations produce. The applied
 * migrations are replayed on an empty database of the same kind (in memory for SQLite, a
 * temporary database on the same server for PostgreSQL) and both schemas are compared object
 * by object, as catalog text.
 */
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "../../../lib/db/database-url";
import { createFreshDatabase, dropDatabase } from "../../../lib/testing/postgres-server";
import { MIGRATIONS_TABLE } from "./history";
import type { LocalMigration } from "./local-migrations";
import { openPostgresStore } from "./postgres";
import { SQLITE_BUSY_TIMEOUT_MS, sqliteStore } from "./sqlite";

/** Schema objects by kind and name ("table Statement", "index Statement_slug_key") with their definitions. */
type SchemaObjects = Map<string, string>;

export interface DriftCheck {
  /** What differs ("added: table MadeByHand"), or null when nothing does. */
  drift: string | null;
  /** Why it could not be checked, or null when it was. */
  notChecked: string | null;
}

export async function checkDrift(config: DatabaseConfig, applied: LocalMigration[]): Promise<DriftCheck> {
  try {
    const [live, replayed] =
      config.provider === "sqlite"
        ? [sqliteSchema(config.filePath), await sqliteReplay(applied)]
        : [await postgresSchema(config.url), await postgresReplay(config.url, applied)];
    return { drift: describeDifferences(replayed, live), notChecked: null };
  } catch (error) {
    return { drift: null, notChecked: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}

function describeDifferences(expected: SchemaObjects, actual: SchemaObjects): string | null {
  const added = [...actual.keys()].filter((key) => !expected.has(key));
  const removed = [...expected.keys()].filter((key) => !actual.has(key));
  const changed = [...actual.keys()].filter((key) => expected.has(key) && expected.get(key) !== actual.get(key));
  const parts = (
    [
      ["added", added],
      ["removed", removed],
      ["changed", changed],
    ] as const
  )
    .filter(([, keys]) => keys.length > 0)
    .map(([label, keys]) => `${label}: ${keys.slice(0, 5).join(", ")}${keys.length > 5 ? ` and ${keys.length - 5} more` : ""}`);
  return parts.length ? parts.join("; ") : null;
}

function sqliteSchema(file: string | Database.Database): SchemaObjects {
  const db = typeof file === "string" ? new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS }) : file;
  try {
    const rows = db
      .prepare(
        `SELECT type, name, sql FROM sqlite_master
         WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> '${MIGRATIONS_TABLE}' ORDER BY type, name`,
      )
      .all() as { type: string; name: string; sql: string | null }[];
    return new Map(rows.map((row) => [`${row.type} ${row.name}`, (row.sql ?? "").replace(/\s+/g, " ").trim()]));
  } finally {
    if (typeof file === "string") db.close();
  }
}

async function sqliteReplay(applied: LocalMigration[]): Promise<SchemaObjects> {
  const memory = new Database(":memory:");
  const store = sqliteStore(memory);
  try {
    for (const migration of applied) await store.apply(migration);
    return sqliteSchema(memory);
  } finally {
    await store.close();
  }
}

const POSTGRES_SCHEMA_SQL = `
  SELECT 'table ' || table_name AS key, table_type AS def FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_name <> '${MIGRATIONS_TABLE}'
  UNION ALL
  SELECT 'column ' || table_name || '.' || column_name,
         data_type || coalesce('(' || character_maximum_length || ')', '') || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
           || coalesce(' DEFAULT ' || column_default, '')
    FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '${MIGRATIONS_TABLE}'
  UNION ALL
  SELECT 'index ' || indexname, indexdef FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename <> '${MIGRATIONS_TABLE}'
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid) FROM pg_constraint
    WHERE connamespace = current_schema()::regnamespace AND conrelid <> 0 AND conrelid::regclass::text <> '${MIGRATIONS_TABLE}'
  UNION ALL
  SELECT 'enum ' || t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = current_schema()::regnamespace GROUP BY t.typname
  UNION ALL
  SELECT 'trigger ' || tgrelid::regclass::text || '.' || tgname, pg_get_triggerdef(oid) FROM pg_trigger
    WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace)
  UNION ALL
  SELECT 'extension ' || extname, '' FROM pg_extension WHERE extname <> 'plpgsql'`;

async function postgresSchema(url: string): Promise<SchemaObjects> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ key: string; def: string | null }>(POSTGRES_SCHEMA_SQL);
    return new Map(result.rows.map((row) => [row.key, row.def ?? ""]));
  } finally {
    await client.end();
  }
}

async function postgresReplay(url: string, applied: LocalMigration[]): Promise<SchemaObjects> {
  const name = `prisma_shadow_${randomBytes(6).toString("hex")}`;
  const shadowUrl = await createFreshDatabase(url, name).catch((error: unknown) => {
    throw new Error(`cannot create a temporary database to replay the migrations in (the role needs CREATEDB): ${(error as Error).message}`);
  });
  try {
    const store = await openPostgresStore(shadowUrl, { lock: false });
    try {
      for (const migration of applied) await store.apply(migration);
    } finally {
      await store.close();
    }
    return await postgresSchema(shadowUrl);
  } finally {
    await dropDatabase(url, name);
  }
}
