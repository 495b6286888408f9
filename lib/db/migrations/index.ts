/**
 * Prisma Migrate without the native schema engine: the same commands, folders and
 * _prisma_migrations table, driven through @prisma/schema-engine-wasm and the app's driver
 * adapters. See docs/decisions/0002-migrations-with-the-wasm-engine.md.
 */
export { deployMigrations } from "./deploy";
export { migrationStatus, type MigrationStatus } from "./status";
export {
  createMigration,
  migrationSlug,
  schemaChangesSinceMigrations,
  type CreatedMigration,
  type CreateMigrationOptions,
  type SchemaChange,
} from "./create";
export { describeError, MigrationError } from "./errors";
export { MIGRATIONS_DIRS, migrationsDirectory, type Provider } from "./migrations-folder";
export type { MigrationOptions } from "./options";
