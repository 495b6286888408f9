import type { SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseConfig } from "../database-url";

/**
 * SQLite's full-text index of statements (prisma/migrations/*_statement_search): an FTS5 virtual
 * table and the shadow tables FTS5 keeps for it. The data model cannot describe them, so the
 * engine is told they are managed outside it; otherwise every diff would propose dropping them.
 */
export const SQLITE_SEARCH_TABLES = [
  "StatementSearch",
  "StatementSearch_config",
  "StatementSearch_data",
  "StatementSearch_docsize",
  "StatementSearch_idx",
] as const;

/** What the engine leaves alone when it compares a database with the data model. */
export function schemaFilter(provider: DatabaseConfig["provider"]): SchemaFilter {
  return { externalTables: provider === "sqlite" ? [...SQLITE_SEARCH_TABLES] : [], externalEnums: [] };
}
