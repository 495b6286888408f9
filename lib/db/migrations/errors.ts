/**
 * Turns whatever the schema engine, the driver adapters or the file system throw into one line
 * a person can act on. Engine errors carry multi-line messages followed by Rust span traces
 * ("   0: sql_schema_connector::apply_migration::apply_script / with migration_name=..."), which
 * are never useful to the reader of a script's output, except for the migration name.
 */
import { MigrationError } from "./migration-error";
import { lastWasmPanic } from "./wasm";

export { MigrationError };

/** Converts an engine/adapter error into a MigrationError with a one-line message. */
export function toMigrationError(error: unknown): MigrationError {
  if (error instanceof MigrationError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  return new MigrationError(describeError(error), {
    code: typeof code === "string" ? code : undefined,
    migrationName: failedMigrationName(error),
    cause: error,
  });
}

/** One line describing `error`, without stack or engine trace. */
export function describeError(error: unknown): string {
  if (error instanceof MigrationError) return error.message;
  if (!(error instanceof Error)) return String(error);
  if (error.name === "RuntimeError" && /unreachable/.test(error.message)) {
    const panic = lastWasmPanic();
    return `the schema engine crashed${panic ? `: ${summary(panic)}` : ""}`;
  }
  const code = (error as { code?: unknown }).code;
  let message = summary(error.message);
  if (!message && error.cause instanceof Error) message = summary(error.cause.message);
  message ||= error.name;
  const migration = failedMigrationName(error);
  if (migration) message = `migration ${migration} failed: ${message}`;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? `${message} (${code})` : message;
}

/** The migration named in an engine trace of apply_script, if any. */
export function failedMigrationName(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : "";
  return /apply_script\s+with migration_name="([^"]+)"/.exec(message)?.[1];
}

/**
 * The text before the trace, on one line, without the engine's generic wrappers
 * ("external connector error", "Error querying the database: ").
 */
function summary(message: string): string {
  const lines: string[] = [];
  for (const line of message.split("\n")) {
    if (/^\s*\d+: /.test(line)) break; // the span trace starts
    const text = line.trim().replace(/^Error querying the database:\s*/i, "");
    if (text && !/^external connector error$/i.test(text)) lines.push(text);
  }
  return lines.join(" ").replace(/\s+/g, " ").trim();
}
