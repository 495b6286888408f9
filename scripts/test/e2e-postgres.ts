/**
 * `npm run test:e2e:postgres [-- playwright args]`: the Playwright suite on PostgreSQL. Starts a
 * throwaway PostgreSQL server (lib/testing/postgres-server.ts), creates a fresh database for the
 * readers' server and one for the editors' server, runs `playwright test` with them (the faults
 * project makes its own databases on the same server), and stops the server whatever happens.
 * Exits with Playwright's status.
 */
import { spawn } from "node:child_process";
import { startPostgresServer } from "../../lib/testing/postgres-server";
import { runCli } from "../run-cli";

runCli(async () => {
  const server = await startPostgresServer();
  let status: number;
  try {
    const env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      E2E_DATABASE_URL: await server.createDatabase("e2e_reader"),
      E2E_EDITOR_DATABASE_URL: await server.createDatabase("e2e_editor"),
      E2E_POSTGRES_SERVER_URL: server.url,
    };
    console.log(`PostgreSQL for the browser tests on 127.0.0.1:${server.port}.`);
    const playwright = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
    // Ctrl-C reaches Playwright too (same process group); wait for it, then stop the server.
    const forward = () => undefined;
    process.on("SIGINT", forward);
    process.on("SIGTERM", () => playwright.kill("SIGTERM"));
    status = await new Promise<number>((resolve) => playwright.on("exit", (code) => resolve(code ?? 1)));
    process.removeListener("SIGINT", forward);
  } finally {
    await server.stop();
  }
  if (status !== 0) throw new Error(`playwright test on PostgreSQL exited with status ${status}`);
});
