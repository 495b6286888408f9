import fs from "node:fs";
import path from "node:path";
import { PrismaClient as PostgresPrismaClient } from "../generated/postgresql/client";
import { PrismaClient } from "../generated/sqlite/client";
import { createAdapterFactory } from "./adapter";
import type { DatabaseConfig } from "./database-url";
import { withWriteAheadLog } from "./write-ahead-log";

export type Db = PrismaClient;

/**
 * Opens a Prisma client on the configured database. Both generated clients come from the same
 * data model (prisma/schema.prisma), so the PostgreSQL one is used through the SQLite one's
 * type: see docs/decisions/0001-two-databases-one-model.md.
 */
export function createPrismaClient(config: DatabaseConfig): Db {
  const adapter = createAdapterFactory(config);
  if (config.provider === "sqlite") {
    fs.mkdirSync(path.dirname(config.filePath), { recursive: true });
    return new PrismaClient({ adapter: withWriteAheadLog(adapter) });
  }
  return new PostgresPrismaClient({ adapter }) as unknown as Db;
}
