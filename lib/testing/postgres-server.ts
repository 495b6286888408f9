/**
 * A throwaway PostgreSQL 15 server for tests, CI and benchmarks: a fresh data directory under
 * /tmp, listening on 127.0.0.1 on a free port, gone after stop(). No vitest imports here, so any
 * script can use it.
 *
 * initdb and pg_ctl refuse to run as root; when this process is root they run as the `postgres`
 * user through runuser (the data directory is handed to that user first). As any other user they
 * run as that user.
 */
import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);

export const POSTGRES_BIN_DIR = "/usr/lib/postgresql/15/bin";

export interface PostgresServerOptions {
  /** Directory holding initdb, pg_ctl and postgres. Default: PostgreSQL 15's. */
  binDir?: string;
  /** Role the returned URL logs in as (created with a password and CREATEDB). Default "tracker". */
  user?: string;
  /** Database created for that role. Default "tracker". */
  database?: string;
}

export interface PostgresServer {
  /** postgresql://user:password@127.0.0.1:port/database for the role and database created. */
  url: string;
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** Creates another empty database owned by the role and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

export class PostgresServerError extends Error {
  override name = "PostgresServerError";
}

/** Starts a fresh PostgreSQL server; about 1–2 s. Call stop() when done. */
export async function startPostgresServer(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const binDir = options.binDir ?? POSTGRES_BIN_DIR;
  const user = options.user ?? "tracker";
  const database = options.database ?? "tracker";
  const password = randomBytes(12).toString("hex");
  for (const tool of ["initdb", "pg_ctl", "postgres"]) {
    if (!fs.existsSync(path.join(binDir, tool))) {
      throw new PostgresServerError(`PostgreSQL server binaries not found: ${path.join(binDir, tool)} is missing`);
    }
  }

  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? postgresUser() : undefined;
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), "nct-pg-"));
  const dataDir = path.join(baseDir, "data");
  const socketDir = path.join(baseDir, "socket");
  const logFile = path.join(baseDir, "server.log");
  fs.mkdirSync(socketDir);
  if (owner) {
    for (const dir of [baseDir, socketDir]) fs.chownSync(dir, owner.uid, owner.gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = path.join(binDir, tool);
    return asRoot
      ? execFileAsync("runuser", ["-u", "postgres", "--", command, ...args], { cwd: baseDir })
      : execFileAsync(command, args, { cwd: baseDir });
  };
  const runSync = (tool: string, args: string[]) => {
    const command = path.join(binDir, tool);
    return asRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", command, ...args], { cwd: baseDir, stdio: "ignore" })
      : spawnSync(command, args, { cwd: baseDir, stdio: "ignore" });
  };

  let running = false;
  let stopped = false;
  // A test run that crashes must not leave servers behind: stop synchronously on exit.
  const onExit = () => {
    if (running) runSync("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    fs.rmSync(baseDir, { recursive: true, force: true });
  };
  process.once("exit", onExit);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", onExit);
    if (running) {
      running = false;
      await run("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]).catch(() =>
        run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => undefined),
      );
    }
    fs.rmSync(baseDir, { recursive: true, force: true });
  };

  let port = 0;
  try {
    await run("initdb", [
      "-D", dataDir,
      "-U", "postgres",
      "-E", "UTF8",
      "--no-locale",
      "--auth-local=trust",
      "--auth-host=scram-sha-256",
    ]).catch((error) => {
      throw new PostgresServerError(`initdb failed: ${firstLine(error)}`);
    });

    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const serverOptions = [
        `-p ${port}`,
        `-k ${socketDir}`,
        "-c listen_addresses=127.0.0.1",
        // Throwaway data: durability only slows tests down.
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
      ].join(" ");
      try {
        await run("pg_ctl", ["-D", dataDir, "-o", serverOptions, "-l", logFile, "-w", "-t", "30", "start"]);
        running = true;
        break;
      } catch (error) {
        // Another process may have taken the port between the probe and the start: try another.
        if (attempt >= 3) {
          const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").trim().split("\n").pop() : "";
          throw new PostgresServerError(`pg_ctl start failed: ${log || firstLine(error)}`);
        }
      }
    }

    // Local (unix socket) connections are trusted, so the superuser needs no password.
    const admin = new pg.Client({ host: socketDir, port, user: "postgres", database: "postgres" });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${quoteIdent(user)} LOGIN CREATEDB PASSWORD ${quoteLiteral(password)}`);
      await admin.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(user)}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error instanceof PostgresServerError ? error : new PostgresServerError(firstLine(error));
  }

  const host = "127.0.0.1";
  const url = postgresUrl({ host, port, user, password, database });
  return {
    url,
    host,
    port,
    user,
    password,
    database,
    createDatabase: (name?: string) => createFreshDatabase(url, name),
    stop,
  };
}

/**
 * Creates an empty database on the server `url` points at (its role needs CREATEDB) and returns
 * the URL of the new database. Works on any server, not only one started here.
 */
export async function createFreshDatabase(url: string, name = `test_${randomBytes(6).toString("hex")}`): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(name)}`;
  return next.toString();
}

/** Drops a database created by createFreshDatabase, closing other sessions on it first. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function postgresUrl(parts: { host: string; port: number; user: string; password: string; database: string }): string {
  const user = encodeURIComponent(parts.user);
  const password = encodeURIComponent(parts.password);
  return `postgresql://${user}:${password}@${parts.host}:${parts.port}/${encodeURIComponent(parts.database)}`;
}

function postgresUser(): { uid: number; gid: number } {
  const line = fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (uid === undefined || gid === undefined) {
    throw new PostgresServerError("running as root needs a `postgres` system user to run initdb and pg_ctl");
  }
  return { uid: Number(uid), gid: Number(gid) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  const message = stderr || (error instanceof Error ? error.message : String(error));
  return message.split("\n")[0] ?? message;
}
