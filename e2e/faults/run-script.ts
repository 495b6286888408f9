import { runTsx } from "../../lib/testing/run-tsx";

/**
 * Runs one of the fault scripts (scripts/load/run.ts, scripts/faults/kill-test.ts) to the end, as
 * its own process: they import the generated Prisma client (ESM), which Playwright's loader
 * cannot. Its own server goes on `port`; its database is a new SQLite file, or a new database on
 * the run's PostgreSQL server in the PostgreSQL pass.
 */
export async function runFaultScript(script: string, args: string[]): Promise<{ code: number | null; output: string; summary: Record<string, number | boolean> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL;
  if (process.env.E2E_POSTGRES_SERVER_URL) env.DATABASE_URL = process.env.E2E_POSTGRES_SERVER_URL;
  const { code, output } = await runTsx(script, args, env);
  const line = /^[A-Z]+-SUMMARY (.*)$/m.exec(output);
  return { code, output, summary: line ? (JSON.parse(line[1]!) as Record<string, number | boolean>) : {} };
}

/** The ports the fault scripts' servers use: next to the readers' and editors' servers. */
export function faultPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 3100) + offset;
}
