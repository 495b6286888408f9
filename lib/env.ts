import { z } from "zod";
import { parseDatabaseUrl, type DatabaseConfig } from "./db/database-url";

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
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

export function parseEnv(source: Record<string, string | undefined>): Env {
  const raw = envSchema.parse(source);
  return { nodeEnv: raw.NODE_ENV, database: parseDatabaseUrl(raw.DATABASE_URL), siteUrl: raw.SITE_URL };
}

let cached: Env | undefined;

/** The process environment, parsed once; throws with one clear line when it is unusable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
