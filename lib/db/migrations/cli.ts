/**
 * Shared plumbing of the scripts/db/*.ts commands: one line on error (no stack), exit codes, and
 * an explicit exit because the wasm engine leaves timers alive.
 */
import path from "node:path";
import type { DatabaseConfig } from "../database-url";
import { describeError } from "./errors";

/** Runs a command: its resolved value is the exit code (default 0); a throw prints one line and exits 1. */
export function runCommand(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`${name}: ${describeError(error)}`);
      process.exit(1);
    },
  );
}

/** "SQLite data/tracker.db" or "PostgreSQL tracker at 127.0.0.1:5432" (never the password). */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.provider === "sqlite") return `SQLite ${path.relative(process.cwd(), config.filePath) || config.filePath}`;
  const url = new URL(config.url);
  return `PostgreSQL ${decodeURIComponent(url.pathname.slice(1)) || "(default database)"} at ${url.host}`;
}

export function relativePath(file: string): string {
  return path.relative(process.cwd(), file) || ".";
}
