/**
 * The migration runner: applies the committed SQL in prisma/migrations (SQLite) or
 * prisma/postgresql/migrations (PostgreSQL) and keeps Prisma's _prisma_migrations table as the
 * stock CLI does. Production and tests migrate with it; the WebAssembly schema engine
 * (lib/db/migrations) only writes new migrations. See docs/decisions/0011-migration-runner.md.
 */
export { deployMigrations } from "./deploy";
export { migrationStatus, type MigrationStatus } from "./status";
export { checksumOf, type RunnerOptions } from "./local-migrations";
export { MigrationError } from "../../../lib/db/migrations/migration-error";
