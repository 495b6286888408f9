import path from "node:path";
import { z } from "zod";

/** Where the embedded database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

export type DatabaseConfig =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

const databaseUrlSchema = z
  .string()
  .trim()
  .min(1, "DATABASE_URL is set but empty")
  .refine(
    (url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url),
    "DATABASE_URL must be a SQLite file URL (file:./data/tracker.db) or a PostgreSQL URL (postgresql://user:password@host:5432/database)",
  )
  .refine((url) => !url.startsWith("file:") || url.length > "file:".length, "DATABASE_URL file: URL has no path")
  .refine((url) => url.startsWith("file:") || hasHost(url), "DATABASE_URL is not a valid PostgreSQL URL (no host)");

function hasHost(url: string): boolean {
  return URL.canParse(url) && new URL(url).hostname !== "";
}

/**
 * Reads the database choice from a DATABASE_URL value: unset means the embedded SQLite file,
 * a postgres URL means PostgreSQL. Throws DatabaseUrlError with a one-line message otherwise.
 */
export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseConfig {
  if (raw === undefined) return sqliteConfig(DEFAULT_DATABASE_URL, cwd);
  const parsed = databaseUrlSchema.safeParse(raw);
  if (!parsed.success) {
    const shown = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
    throw new DatabaseUrlError(`${parsed.error.issues[0]?.message} (got "${redact(shown)}")`);
  }
  const url = parsed.data;
  return url.startsWith("file:") ? sqliteConfig(url, cwd) : { provider: "postgresql", url };
}

function sqliteConfig(url: string, cwd: string): DatabaseConfig {
  const filePath = path.resolve(cwd, url.slice("file:".length).replace(/\?.*$/, ""));
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}

/** Hides the password of a URL before it goes into an error message. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
