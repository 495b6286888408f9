import { parseArgs } from "node:util";
import type { z } from "zod";
import { createAuth, type Auth } from "../../lib/auth/create-auth";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { env } from "../../lib/env";

/**
 * Reads `--name value` options and validates them; an unknown option or a bad value is thrown
 * as one line for runCli to print.
 */
export function parseOptions<T>(schema: z.ZodType<T>, names: readonly string[]): T {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
    strict: true,
    allowPositionals: false,
  });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(issue?.code === "invalid_type" && issue.input === undefined ? `--${String(issue.path[0])} is required` : issue?.message);
  }
  return parsed.data;
}

/**
 * Opens the database in DATABASE_URL and an auth instance on it, closed after `work`. Warnings
 * about request handling (no base URL) do not concern a script that never serves requests.
 */
export async function withUserStore(work: (db: Db, auth: Auth) => Promise<void>): Promise<void> {
  const config = env();
  const db = createPrismaClient(config.database);
  try {
    await work(db, createAuth(db, { database: config.database, auth: config.auth, production: config.nodeEnv === "production", logLevel: "error" }));
  } finally {
    await db.$disconnect();
  }
}
