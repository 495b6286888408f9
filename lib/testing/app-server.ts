/**
 * The app as production runs it, on a database of its own, for the load, kill and restart tests:
 * - by default `next start` on the existing .next build, as this process's direct child (Next's
 *   own binary, no npx in between), so that kill() really is a SIGKILL of the process holding
 *   the database, not of a wrapper around it;
 * - with `npmStart`, the real `npm start` (prestart: migrations, seed, build if the sources
 *   changed; then next start) in a process group of its own, and stop() and kill() signal the
 *   whole group, as a service manager stopping it or a power cut would.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CLIENT_ADDRESS_NODE_OPTIONS } from "../security/client-address";

const NEXT_BIN = path.join(process.cwd(), "node_modules", ".bin", "next");

export interface AppServer {
  url: string;
  pid: number;
  /** Resolves when the process has exited, however it ended. */
  exited: Promise<void>;
  /** SIGKILL: no shutdown hooks, no flushing, like a power cut for the process (or its group). */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not gone after a few seconds (to the group with npmStart). */
  stop(): Promise<void>;
  /** The server's output so far, for failure messages. */
  output(): string;
}

export function newAuthSecret(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Builds the app unless a build is already there (the Playwright web server makes one first).
 * The build renders pages from a seeded database and reads the environment, hence both.
 */
export function ensureBuild(options: { databaseUrl: string; authSecret: string }): void {
  if (fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("No .next build found: running next build.");
  const result = spawnSync(NEXT_BIN, ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: options.databaseUrl, BETTER_AUTH_SECRET: options.authSecret },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function startAppServer(options: {
  port: number;
  databaseUrl: string;
  authSecret: string;
  timeoutMs?: number;
  npmStart?: boolean;
}): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  // npm start runs from a shell, where NODE_ENV is usually unset (next build and start set it).
  const { NODE_ENV: _inherited, ...inherited } = process.env;
  const env: Record<string, string | undefined> = {
    ...inherited,
    ...(options.npmStart ? {} : { NODE_ENV: "production" }),
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    BETTER_AUTH_SECRET: options.authSecret,
    SITE_URL: url,
    PORT: String(options.port),
    // As in the browser tests, the load and kill tests' editors each send an X-Forwarded-For of
    // their own (lib/testing/editor-http.ts), believed from loopback. `npm start` adds the preload
    // itself; a plain `next start` needs it here.
    TRUSTED_PROXIES: "127.0.0.1,::1",
    ...(options.npmStart ? {} : { NODE_OPTIONS: CLIENT_ADDRESS_NODE_OPTIONS }),
  };
  const child: ChildProcess = options.npmStart
    ? spawn("npm", ["start", "--", "-H", "127.0.0.1"], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], detached: true })
    : spawn(NEXT_BIN, ["start", "-H", "127.0.0.1", "-p", String(options.port)], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  const signal = (name: NodeJS.Signals) => {
    if (!options.npmStart) return child.kill(name);
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is gone already.
    }
  };
  const label = options.npmStart ? "npm start" : "next start";
  // npm may exit before the server it started: done means nothing of the group is left.
  const groupGone = async () => {
    if (!options.npmStart) return;
    for (let waited = 0; ; waited += 100) {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        return;
      }
      if (waited >= 10_000) signal("SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));

  const server: AppServer = {
    url,
    pid: child.pid ?? -1,
    exited,
    output: () => output,
    kill: async () => {
      if (!gone) signal("SIGKILL");
      await exited;
      await groupGone();
    },
    stop: async () => {
      if (!gone) {
        signal("SIGTERM");
        const timer = setTimeout(() => signal("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await groupGone();
    },
  };
  // A test that fails half-way must not leave its server running.
  process.once("exit", () => {
    if (!gone) signal("SIGKILL");
  });

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${label} exited before serving:\n${output.trim()}`);
    const ready = await fetch(`${url}/`, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.kill();
  throw new Error(`${label} did not answer on ${url} within ${options.timeoutMs ?? 60_000} ms:\n${output.trim()}`);
}
