import { z } from "zod";
import { parseDatabaseUrl, type DatabaseConfig } from "./db/database-url";

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = { nodeEnv: "development" | "production" | "test"; database: DatabaseConfig };

let cached: Env | undefined;

/** The process environment, parsed once; throws with one clear line when it is unusable. */
export function env(): Env {
  if (!cached) {
    const raw = envSchema.parse(process.env);
    cached = { nodeEnv: raw.NODE_ENV, database: parseDatabaseUrl(raw.DATABASE_URL) };
  }
  return cached;
}
