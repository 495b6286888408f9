import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "./database-url";

/**
 * The one place that knows which Prisma driver adapter serves which database. Both factories
 * are migration-aware, so the schema engine (lib/db/migrations) uses them too.
 */
export function createAdapterFactory(config: DatabaseConfig) {
  return config.provider === "sqlite"
    ? new PrismaBetterSqlite3({ url: config.url, timeout: 10_000 })
    : new PrismaPg({ connectionString: config.url });
}
