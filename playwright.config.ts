import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const EDITOR_PORT = PORT + 1;
const runDatabase = (name: string) => `file:${path.join(process.cwd(), ".tmp", "e2e", `${name}-${Date.now()}.db`)}`;
// Fresh database files per run (inherited by the workers through the environment), so every
// run starts from freshly migrated and seeded data and fixtures can write to it directly.
// Readers' specs and editors' specs get a server and a database each: editors' writes would
// otherwise change what the readers' specs count, depending on test order. The PostgreSQL pass
// (scripts/test/e2e-postgres.ts) sets both URLs to fresh PostgreSQL databases instead.
process.env.E2E_DATABASE_URL ??= runDatabase("reader");
process.env.E2E_EDITOR_DATABASE_URL ??= runDatabase("editor");
// The servers run in production mode, which requires a real secret; a new one per run.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");

const EDITOR_SPECS = /editor.*\.spec\.ts$/;
const FAULT_SPECS = /e2e\/faults\/[^/]+\.spec\.ts$/;

function server(port: number, databaseUrl: string | undefined, extraEnv: Record<string, string> = {}) {
  return {
    command: `tsx scripts/test/e2e-server.ts`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    // SITE_URL: canonical and preview URLs point at the test server, so tests can follow them.
    env: {
      DATABASE_URL: databaseUrl ?? "",
      BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "",
      PORT: String(port),
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    },
  };
}

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: { trace: "retain-on-failure" },
  projects: [
    { name: "reader", testIgnore: [EDITOR_SPECS, FAULT_SPECS], use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` } },
    // Editor flows sign in and run the user CLI (a tsx process each): slow on a loaded two-core machine.
    { name: "editor", testMatch: EDITOR_SPECS, testIgnore: FAULT_SPECS, timeout: 120_000, use: { ...chromium, baseURL: `http://127.0.0.1:${EDITOR_PORT}` } },
    // The load and kill tests (e2e/faults) start servers of their own on ports PORT+2 and PORT+3
    // from the build the web server made; after the browser tests so they do not slow them, and
    // one at a time, since each loads the machine on its own.
    { name: "faults", testMatch: FAULT_SPECS, dependencies: ["reader", "editor"], workers: 1, timeout: 300_000 },
  ],
  // Web servers start one after the other: the first builds the app, the second reuses the build.
  webServer: [
    server(PORT, process.env.E2E_DATABASE_URL),
    server(EDITOR_PORT, process.env.E2E_EDITOR_DATABASE_URL, { E2E_SKIP_BUILD: "1" }),
  ],
});
