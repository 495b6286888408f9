/**
 * `npm test`: type-checks, runs the vitest suites (unit and integration, SQLite and a throwaway
 * PostgreSQL) and the Playwright suite, then prints one line "N passed, N failed" added up from
 * the runners' own JSON reports, which is what CI reads.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const reports = path.join(process.cwd(), ".tmp", "reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");

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

const vitest = readJson(vitestReport);
const playwright = readJson(playwrightReport)?.stats as { expected: number; unexpected: number; flaky: number } | undefined;
const passed = Number(vitest?.numPassedTests ?? 0) + (playwright ? playwright.expected + playwright.flaky : 0);
const failed = Number(vitest?.numFailedTests ?? 0) + (playwright?.unexpected ?? 0);

if (!typecheckOk) console.error("Type check failed.");
if (!vitest) console.error("vitest wrote no report: it did not run to the end.");
if (!playwright) console.error("Playwright wrote no report: it did not run to the end.");
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(typecheckOk && vitestOk && playwrightOk && vitest && playwright && failed === 0 ? 0 : 1);
