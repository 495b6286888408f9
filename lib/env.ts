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
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  database: DatabaseConfig;
  /** Public address of the site without a trailing slash, for canonical links and previews. */
  siteUrl: string;
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Parses an environment; throws EnvError (or DatabaseUrlError) with one clear line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const raw = envSchema.safeParse(source);
  if (!raw.success) throw new EnvError(raw.error.issues.map((issue) => issue.message).join("; "));
  return { nodeEnv: raw.data.NODE_ENV, database: parseDatabaseUrl(raw.data.DATABASE_URL), siteUrl: raw.data.SITE_URL };
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
