/**
 * Applies PostgreSQL migrations with node-postgres: each script and its _prisma_migrations row in
 * one transaction (PostgreSQL's DDL is transactional, so a failure leaves nothing behind). A
 * deploy holds the advisory lock Prisma's own schema engine takes, so two deploys, ours or the
 * stock CLI's, never interleave.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { MIGRATIONS_TABLE, MIGRATIONS_TABLE_DDL, type MigrationRecord, type MigrationStore } from "./history";
import type { LocalMigration } from "./local-migrations";

/** The key of `pg_advisory_lock` in Prisma's schema engine (sql-schema-connector). */
const PRISMA_ADVISORY_LOCK = 72707369;

export async function openPostgresStore(url: string, options: { lock: boolean }): Promise<MigrationStore> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (options.lock) await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
  } catch (error) {
    await client.end();
    throw error;
  }

  const records = async (): Promise<MigrationRecord[] | null> => {
    const exists = await client.query<{ exists: boolean }>(
      `SELECT to_regclass('${MIGRATIONS_TABLE}') IS NOT NULL AS exists`,
    );
    if (!exists.rows[0]?.exists) return null;
    const result = await client.query<{ id: string; migration_name: string; checksum: string; started_at: Date; finished: boolean; rolled_back: boolean }>(
      `SELECT id, migration_name, checksum, started_at, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM ${MIGRATIONS_TABLE} ORDER BY started_at, migration_name`,
    );
    return result.rows.map((row) => ({
      id: row.id,
      migrationName: row.migration_name,
      checksum: row.checksum,
      startedAt: row.started_at.toISOString(),
      finished: row.finished,
      rolledBack: row.rolled_back,
    }));
  };

  const apply = async (migration: LocalMigration): Promise<boolean> => {
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL client_min_messages = warning"); // no NOTICE for the existing table
      await client.query(MIGRATIONS_TABLE_DDL.postgresql);
      const done = await client.query(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE migration_name = $1 AND rolled_back_at IS NULL`, [migration.name]);
      if (done.rowCount) {
        await client.query("ROLLBACK");
        return false;
      }
      const started = await client.query<{ now: Date }>("SELECT clock_timestamp() AS now");
      // Without parameters pg uses the simple query protocol, which runs a multi-statement script.
      await client.query(migration.script);
      await client.query(
        `INSERT INTO ${MIGRATIONS_TABLE} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
        [randomUUID(), migration.checksum, migration.name, started.rows[0]!.now],
      );
      await client.query("COMMIT");
      return true;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  };

  return {
    records,
    apply,
    // Ending the session releases the advisory lock.
    close: () => client.end(),
  };
}
