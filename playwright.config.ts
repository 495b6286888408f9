import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// One database file per run (inherited by the workers through the environment), so every run
// starts from a freshly migrated and seeded database and fixtures can write to it directly.
process.env.E2E_DATABASE_URL ??= `file:${path.join(process.cwd(), ".tmp", "e2e", `run-${Date.now()}.db`)}`;
// The server runs in production mode, which requires a real secret; a new one per run.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: `tsx scripts/test/e2e-server.ts`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // SITE_URL: canonical and preview URLs point at the test server, so tests can follow them.
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      PORT: String(PORT),
      SITE_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
