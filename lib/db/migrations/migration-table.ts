/**
 * Direct reads of the engine's bookkeeping table, _prisma_migrations, through a driver adapter:
 * the engine reports what it would apply, not what is recorded.
 */
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

export interface MigrationRecord {
  id: string;
  migrationName: string;
  finished: boolean;
  rolledBack: boolean;
}

const TABLE = "_prisma_migrations";

export async function hasMigrationsTable(adapter: SqlDriverAdapter): Promise<boolean> {
  const sql =
    adapter.provider === "sqlite"
      ? `SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '${TABLE}'`
      : `SELECT COUNT(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '${TABLE}'`;
  const result = await adapter.queryRaw({ sql, args: [], argTypes: [] });
  return Number(result.rows[0]?.[0] ?? 0) > 0;
}

/** The rows of _prisma_migrations in the order they were started; null when there is no table. */
export async function readMigrationRecords(adapter: SqlDriverAdapter): Promise<MigrationRecord[] | null> {
  if (!(await hasMigrationsTable(adapter))) return null;
  const result = await adapter.queryRaw({
    sql: `SELECT id, migration_name, finished_at IS NOT NULL, rolled_back_at IS NOT NULL FROM ${TABLE} ORDER BY started_at, migration_name`,
    args: [],
    argTypes: [],
  });
  return result.rows.map(([id, migrationName, finished, rolledBack]) => ({
    id: String(id),
    migrationName: String(migrationName),
    finished: truthy(finished),
    rolledBack: truthy(rolledBack),
  }));
}

/** Removes the rows a failed deploy added (their ids are the ones not in `keepIds`). */
export async function deleteMigrationRecordsExcept(adapter: SqlDriverAdapter, keepIds: string[]): Promise<void> {
  const keep = keepIds.map((id) => `'${id.replace(/'/g, "''")}'`).join(", ");
  await adapter.executeRaw({
    sql: keep ? `DELETE FROM ${TABLE} WHERE id NOT IN (${keep})` : `DELETE FROM ${TABLE}`,
    args: [],
    argTypes: [],
  });
}

export async function dropMigrationsTable(adapter: SqlDriverAdapter): Promise<void> {
  await adapter.executeRaw({ sql: `DROP TABLE IF EXISTS ${TABLE}`, args: [], argTypes: [] });
}

function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === "1" || value === "t" || value === "true";
}
