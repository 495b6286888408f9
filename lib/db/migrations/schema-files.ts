import fs from "node:fs";
import path from "node:path";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "../schema-variants";
import type { Provider } from "./migrations-folder";

/**
 * The Prisma schema for a provider as [path, content] pairs for the engine: prisma/schema.prisma
 * as written for SQLite, or the PostgreSQL variant derived from it in memory (no need to have run
 * db:generate).
 */
export function schemaFiles(provider: Provider, root = process.cwd()): [string, string][] {
  const sqlite = fs.readFileSync(path.resolve(root, SQLITE_SCHEMA), "utf8");
  return provider === "sqlite" ? [[SQLITE_SCHEMA, sqlite]] : [[POSTGRES_SCHEMA, derivePostgresSchema(sqlite)]];
}
