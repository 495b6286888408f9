import { createHash } from "node:crypto";
import { z } from "zod";
import { parseDatabaseUrl, type DatabaseConfig } from "./db/database-url";

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "NODE_ENV must be development, production or test" })
    .default("development"),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be an http(s) address such as https://tracker.example.org" })
    .default("http://localhost:3000")
    .transform((value) => value.replace(/\/+$/, "")),
  BETTER_AUTH_SECRET: z.string().trim().optional(),
  /** The public origin of the app (https://tracker.example.org); inferred from requests when unset. */
  BETTER_AUTH_URL: z.url({ error: "BETTER_AUTH_URL must be an absolute URL such as https://tracker.example.org" }).optional(),
  /** Readings POST /api/analyze gives one client per minute; 0 turns the limit off (benchmarks). */
  ANALYZE_RATE_LIMIT: z.coerce
    .number({ error: "ANALYZE_RATE_LIMIT must be a whole number of requests per minute" })
    .int("ANALYZE_RATE_LIMIT must be a whole number of requests per minute")
    .min(0, "ANALYZE_RATE_LIMIT must be 0 (off) or more")
    .default(60),
});

export type AuthConfig = { secret: string; usesDevelopmentSecret: boolean; baseURL?: string };

export type Env = {
  nodeEnv: "development" | "production" | "test";
  database: DatabaseConfig;
  /** Public address of the site without a trailing slash, for canonical links and previews. */
  siteUrl: string;
  auth: AuthConfig;
  /** Requests per minute and client to POST /api/analyze; 0 = unlimited. */
  analyzeRateLimit: number;
};

export class EnvError extends Error {
  override name = "EnvError";
}

export const MIN_SECRET_LENGTH = 32;

/**
 * Development and tests get a fixed secret derived from the project name, so sessions survive
 * restarts without any setup; production must bring its own, since anyone can derive this one
 * (`npm start` generates one: scripts/start/prepare.ts).
 */
export function developmentSecret(): string {
  return createHash("sha256").update("nato-china-tracker development secret").digest("base64url");
}

export function parseAuthConfig(raw: { BETTER_AUTH_SECRET?: string; BETTER_AUTH_URL?: string }, nodeEnv: Env["nodeEnv"]): AuthConfig {
  const secret = raw.BETTER_AUTH_SECRET || undefined;
  if (!secret) {
    if (nodeEnv === "production") {
      throw new EnvError(
        `BETTER_AUTH_SECRET is required in production: set it to a random string of at least ${MIN_SECRET_LENGTH} characters (openssl rand -base64 32)`,
      );
    }
    return { secret: developmentSecret(), usesDevelopmentSecret: true, baseURL: raw.BETTER_AUTH_URL };
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new EnvError(`BETTER_AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters long (got ${secret.length})`);
  }
  return { secret, usesDevelopmentSecret: false, baseURL: raw.BETTER_AUTH_URL };
}

/** Parses an environment; throws EnvError (or DatabaseUrlError) with one clear line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new EnvError(parsed.error.issues.map((issue) => issue.message).join("; "));
  const raw = parsed.data;
  return {
    nodeEnv: raw.NODE_ENV,
    database: parseDatabaseUrl(raw.DATABASE_URL),
    siteUrl: raw.SITE_URL,
    auth: parseAuthConfig(raw, raw.NODE_ENV),
    analyzeRateLimit: raw.ANALYZE_RATE_LIMIT,
  };
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
