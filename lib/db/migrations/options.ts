import type { SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseConfig } from "../database-url";
import { migrationsDirectory } from "./migrations-folder";

export interface MigrationOptions {
  /** Project root holding prisma/ (default: the current directory). */
  root?: string;
  /** Migrations folder to use instead of the provider's usual one (tests). */
  migrationsDir?: string;
}

/** No tables or enums are managed outside Prisma. */
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

export function resolveMigrationsDir(config: Pick<DatabaseConfig, "provider">, options: MigrationOptions = {}): string {
  return options.migrationsDir ?? migrationsDirectory(config.provider, options.root);
}
