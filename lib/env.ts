import { z } from "zod";
import { parseDatabaseUrl, type DatabaseConfig } from "./db/database-url";

const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"], { error: "NODE_ENV must be development, production or test" }).default("development"),
});

export type Env = { nodeEnv: "development" | "production" | "test"; database: DatabaseConfig };

export class EnvError extends Error {
  override name = "EnvError";
}

let cached: Env | undefined;

/** The process environment, parsed once; throws with one clear line when it is unusable. */
export function env(): Env {
  if (!cached) {
    const raw = envSchema.safeParse(process.env);
    if (!raw.success) throw new EnvError(raw.error.issues.map((issue) => issue.message).join("; "));
    cached = { nodeEnv: raw.data.NODE_ENV, database: parseDatabaseUrl(raw.data.DATABASE_URL) };
  }
  return cached;
}
