/**
 * The one-line error of every migration command, the runner's (scripts/db/runner) and the
 * engine's. Kept apart from errors.ts so the runner never loads the schema engine's glue.
 */
export class MigrationError extends Error {
  override name = "MigrationError";
  /** The Prisma error code (P3009, P3018, ...) when the engine gave one. */
  readonly code?: string;
  /** The migration that failed to apply, when known. */
  readonly migrationName?: string;

  constructor(message: string, options?: { code?: string; migrationName?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = options?.code;
    this.migrationName = options?.migrationName;
  }
}
