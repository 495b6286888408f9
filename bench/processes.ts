import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { CLIENT_ADDRESS_NODE_OPTIONS } from "../lib/security/client-address";

export type Running = { url: string; stop: () => Promise<void> };

const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server for ${url} exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Server for ${url} did not answer within 60 s:\n${output()}`);
}

function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, url: string): Promise<Running> {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return waitUntilServing(url, child, () => log).then(
    () => ({ url, stop }),
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
}

/** `next start` on the existing build, reading the given database. */
export function startApp(port: number, databaseUrl: string, authSecret: string): Promise<Running> {
  const origin = `http://127.0.0.1:${port}`;
  return startProcess(
    bin("next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      SITE_URL: origin,
      BETTER_AUTH_SECRET: authSecret,
      NODE_OPTIONS: CLIENT_ADDRESS_NODE_OPTIONS,
      // The benchmark measures the analyzer's throughput from one client, which its per-client
      // limit would otherwise cap at 60 requests a minute.
      ANALYZE_RATE_LIMIT: "0",
    },
    `${origin}/`,
  );
}

export function startStaticServer(port: number, htmlFile: string): Promise<Running> {
  return startProcess(bin("tsx"), [path.join("bench", "static-server.ts"), htmlFile, String(port)], process.env, `http://127.0.0.1:${port}/`);
}
