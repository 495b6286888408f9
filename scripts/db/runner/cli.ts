/**
 * What the migration commands (scripts/db/deploy.ts, status.ts, migrate.ts) print: one line on
 * error, never a stack, and where the database is without its password.
 */
import path from "node:path";
import type { DatabaseConfig } from "../../../lib/db/database-url";

/** Runs a command: its resolved value is the exit code (default 0); a throw prints one line and exits 1. */
export function runCommand(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`${name}: ${describeFailure(error)}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}

/** One line: the first line of the message, or the error code when there is no message (pg's AggregateError). */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const message = error.message.split("\n")[0]!.trim();
  if (message) return message;
  const inner = error instanceof AggregateError ? (error.errors[0] as { code?: unknown; message?: string } | undefined) : undefined;
  return `cannot reach the database: ${String(code ?? inner?.code ?? inner?.message ?? error.name)}`;
}

/** "SQLite data/tracker.db" or "PostgreSQL tracker at 127.0.0.1:5432" (never the password). */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.provider === "sqlite") return `SQLite ${relativePath(config.filePath)}`;
  const url = new URL(config.url);
  return `PostgreSQL ${decodeURIComponent(url.pathname.slice(1)) || "(default database)"} at ${url.host}`;
}

/** `file` relative to the current directory when it is inside it, else absolute. */
export function relativePath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : path.resolve(file);
}
