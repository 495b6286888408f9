/**
 * The server the Playwright suite runs against: migrates and seeds the fresh database named by
 * DATABASE_URL, adds the suite's fixtures (e2e/fixtures), builds the app when its sources changed
 * since the last build, as `npm start` does (not at all with E2E_SKIP_BUILD=1 and a build there),
 * and serves it.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { env } from "../../lib/env";
import { CLIENT_ADDRESS_NODE_OPTIONS } from "../../lib/security/client-address";
import { buildIfChanged } from "../start/build";

const database = env().database;
if (database.provider === "sqlite") fs.rmSync(database.filePath, { force: true });

const run = (args: string[]) => execFileSync("npx", args, { stdio: "inherit" });
run(["tsx", "scripts/db/deploy.ts"]);
run(["tsx", "scripts/db/seed.ts"]);
run(["tsx", "e2e/fixtures/paraphrased-quote.ts"]);
run(["tsx", "e2e/fixtures/draft-statement.ts"]);
if (!(process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(".next/BUILD_ID"))) buildIfChanged();

// The browser tests act as the reverse proxy: each client context sends its own X-Forwarded-For
// (e2e/support/fixtures.ts), believed because it comes from loopback, so one test's sign-ins
// never use up another's rate limit.
const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
  env: { ...process.env, NODE_OPTIONS: CLIENT_ADDRESS_NODE_OPTIONS, TRUSTED_PROXIES: "127.0.0.1,::1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
