import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "./database-url";

/**
 * Which Prisma driver adapter serves the app's queries on each database. Migrations open their
 * own (lib/db/migrations/adapter-factory.ts): PostgreSQL's needs a pg client that reads the
 * catalog's "char" columns as text.
 */
export function createAdapterFactory(config: DatabaseConfig) {
  return config.provider === "sqlite"
    ? new PrismaBetterSqlite3({ url: config.url, timeout: 10_000 })
    : new PrismaPg({ connectionString: config.url });
}
