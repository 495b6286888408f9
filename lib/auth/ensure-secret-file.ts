import { randomBytes } from "node:crypto";
import fs from "node:fs";

/**
 * Production needs BETTER_AUTH_SECRET. When neither the environment nor the given env file has
 * one, a random secret is appended to that file (Next.js loads .env.production.local on every
 * production start), so `npm install && npm start` works with a secret nobody else knows.
 * Returns whether it wrote one.
 */
export function ensureSecretFile(file: string, environment: Record<string, string | undefined>): boolean {
  if (environment.BETTER_AUTH_SECRET) return false;
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (/^BETTER_AUTH_SECRET=\S/m.test(existing)) return false;
  const separator = existing && !existing.endsWith("\n") ? "\n" : "";
  fs.writeFileSync(file, `${existing}${separator}BETTER_AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  return true;
}
