/**
 * `npm test`: type-checks, runs the vitest suites (unit and integration, SQLite and a throwaway
 * PostgreSQL) and the Playwright suite (browser tests, then the bounded load and kill tests),
 * then prints one line "N passed, N failed" added up from the runners' own JSON reports, which
 * is what CI reads. In CI (CI set) or with TEST_E2E_POSTGRES=1 the Playwright suite runs a
 * second time on a throwaway PostgreSQL (scripts/test/e2e-postgres.ts), reusing the first
 * pass's build.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const reports = path.join(process.cwd(), ".tmp", "reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");
const playwrightPostgresReport = path.join(reports, "playwright-postgres.json");
const postgresPass = Boolean(process.env.CI) || process.env.TEST_E2E_POSTGRES === "1";

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv } });
  return result.status === 0;
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const typecheckOk = run("npx", ["tsc", "--noEmit"]);
const vitestOk = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]);
const playwrightOk = run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
const playwrightPostgresOk = postgresPass
  ? run("npx", ["tsx", "scripts/test/e2e-postgres.ts"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightPostgresReport, E2E_SKIP_BUILD: "1" })
  : true;

type PlaywrightStats = { expected: number; unexpected: number; flaky: number };
const vitest = readJson(vitestReport);
const playwrightPasses = [
  { name: "Playwright", stats: readJson(playwrightReport)?.stats as PlaywrightStats | undefined },
  ...(postgresPass ? [{ name: "Playwright on PostgreSQL", stats: readJson(playwrightPostgresReport)?.stats as PlaywrightStats | undefined }] : []),
];
let passed = Number(vitest?.numPassedTests ?? 0);
let failed = Number(vitest?.numFailedTests ?? 0);
for (const { stats } of playwrightPasses) {
  passed += stats ? stats.expected + stats.flaky : 0;
  failed += stats?.unexpected ?? 0;
}

if (!typecheckOk) console.error("Type check failed.");
if (!vitest) console.error("vitest wrote no report: it did not run to the end.");
for (const { name, stats } of playwrightPasses) if (!stats) console.error(`${name} wrote no report: it did not run to the end.`);
const reportsComplete = Boolean(vitest) && playwrightPasses.every(({ stats }) => stats);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(typecheckOk && vitestOk && playwrightOk && playwrightPostgresOk && reportsComplete && failed === 0 ? 0 : 1);
