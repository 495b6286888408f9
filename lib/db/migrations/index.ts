/**
 * Writing new migrations (`prisma migrate dev --create-only`) without the native schema engine:
 * @prisma/schema-engine-wasm driven through the app's driver adapters, on scratch databases only.
 * A development tool: databases are migrated by the runner in scripts/db/runner. See
 * docs/decisions/0002-migrations-with-the-wasm-engine.md and 0011-migration-runner.md.
 */
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
