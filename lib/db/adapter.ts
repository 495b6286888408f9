import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "./database-url";

/**
 * Which Prisma driver adapter serves the app's queries on each database. Migrations open their
 * own (lib/db/migrations/adapter-factory.ts): PostgreSQL's needs a pg client that reads the
 * catalog's "char" columns as text.
 */
export function createAdapterFactory(config: DatabaseConfig) {
  return config.provider === "sqlite"
    ? new WriteAheadLogSqlite(new PrismaBetterSqlite3({ url: config.url, timeout: 10_000 }))
    : new PrismaPg({ connectionString: config.url });
}

/**
 * Puts every SQLite connection in write-ahead-log mode. A process killed mid-write then leaves
 * the last committed transaction intact (the log is replayed or discarded on the next open),
 * and readers never wait for a writer. The mode is stored in the file, so setting it on each
 * connection is idempotent; the adapter has no option for pragmas, hence the wrapper.
 */
class WriteAheadLogSqlite implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;

  constructor(private readonly inner: PrismaBetterSqlite3) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL");
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }
}
