/**
 * `npm run bench`: builds the app once, then for each size generates a benchmark database,
 * serves it with `next start` and loads every endpoint with autocannon; compares `/` with a
 * static server, adds first-load JS and Lighthouse, prints one markdown table and writes it to
 * bench/results/latest.md (and the README). Options: lib/bench/options.ts. See docs/decisions/0006-benchmarks.md.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { firstLoadJs } from "../lib/bench/first-load-js";
import { parseBenchArgs, type BenchOptions } from "../lib/bench/options";
import { withLatestResults } from "../lib/bench/readme-table";
import { renderReport, type BenchReport, type EndpointId, type LoadResult, type PageAudit, type SizeResult } from "../lib/bench/report";
import { createPrismaClient } from "../lib/db/create-client";
import { parseDatabaseUrl } from "../lib/db/database-url";
import { runCli } from "../scripts/run-cli";
import { BENCH_DATA_DIR, createBenchmarkDatabase } from "./database";
import { auditPage } from "./lighthouse";
import { measure, type LoadTarget } from "./load";
import { startApp, startStaticServer, type Running } from "./processes";

const RESULTS_FILE = path.join("bench", "results", "latest.md");
const SEARCH = "systemic";
const TIMELINE_PATH = `/?q=${SEARCH}&tone=4,5&from=2021`;
const SEARCH_API_PATH = `/api/statements?q=${SEARCH}`;
const TONE_API_PATH = "/api/analyze";
/** Washington Summit Declaration 2024, paragraph 26: a real text for the tone API. */
const TONE_TEXT =
  "The PRC has become a decisive enabler of Russia's war against Ukraine through its so-called no limits partnership and its large-scale support for Russia's defence industrial base. This increases the threat Russia poses to its neighbours and to Euro-Atlantic security.";

const authSecret = randomBytes(32).toString("base64url");
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function build(smallestDatabaseUrl: string): void {
  log("next build");
  execFileSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: smallestDatabaseUrl, BETTER_AUTH_SECRET: authSecret },
  });
}

/** A published statement from the middle of the slug order, so it is neither the newest nor a seed one at large sizes. */
async function pickStatementSlug(databaseUrl: string): Promise<string> {
  const db = createPrismaClient(parseDatabaseUrl(databaseUrl));
  try {
    const published = await db.statement.count({ where: { status: "PUBLISHED" } });
    const statement = await db.statement.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { slug: "asc" },
      skip: Math.floor(published / 2),
      select: { slug: true },
    });
    return statement.slug;
  } finally {
    await db.$disconnect();
  }
}

/**
 * Waits until the server answers a cheap request quickly again. When the load stops, requests
 * it had accepted are still being worked on (SQLite queries run on the event loop); measuring the
 * next endpoint before they finish would charge it for the previous one's backlog.
 */
async function drain(origin: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Still busy with the backlog.
    }
  }
  throw new Error(`${origin} was still busy 5 minutes after the load stopped`);
}

async function load(target: LoadTarget, origin: string, options: BenchOptions): Promise<LoadResult> {
  await measure(target, options.warmupSeconds, options.connections);
  await drain(origin);
  const result = await measure(target, options.seconds, options.connections);
  await drain(origin);
  return result;
}

async function withServer<T>(starting: Promise<Running>, use: (server: Running) => Promise<T>): Promise<T> {
  const server = await starting;
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

type SizeRun = { result: SizeResult; paths: BenchReport["paths"]; audits?: { home: PageAuditWithoutBuild; statement: PageAuditWithoutBuild } };
type PageAuditWithoutBuild = Omit<PageAudit, "firstLoadJsBytes">;

async function runSize(size: number, databaseUrl: string, options: BenchOptions, audit: boolean): Promise<SizeRun> {
  const slug = await pickStatementSlug(databaseUrl);
  const paths = {
    home: "/",
    statement: `/statements/${slug}`,
    timeline: TIMELINE_PATH,
    searchApi: SEARCH_API_PATH,
    toneApi: `POST ${TONE_API_PATH}`,
  };
  return withServer(startApp(options.port, databaseUrl, authSecret), async (app) => {
    const origin = app.url.replace(/\/$/, "");
    const endpoints = {} as Record<EndpointId, LoadResult>;
    const targets: Record<Exclude<EndpointId, "static">, LoadTarget> = {
      home: { url: `${origin}/` },
      statement: { url: `${origin}${paths.statement}` },
      timeline: { url: `${origin}${TIMELINE_PATH}` },
      searchApi: { url: `${origin}${SEARCH_API_PATH}` },
      toneApi: { url: `${origin}${TONE_API_PATH}`, method: "POST", body: JSON.stringify({ text: TONE_TEXT }), headers: { "content-type": "application/json" } },
    };
    // Saved while the server is idle: after the load it may still be working through a backlog.
    const htmlFile = path.join(BENCH_DATA_DIR, `home-${size}.html`);
    const homePage = await fetch(targets.home.url, { signal: AbortSignal.timeout(180_000) });
    if (!homePage.ok) throw new Error(`${targets.home.url} answered ${homePage.status}; the static server needs its HTML`);
    fs.writeFileSync(htmlFile, Buffer.from(await homePage.arrayBuffer()));
    for (const [id, target] of Object.entries(targets) as [Exclude<EndpointId, "static">, LoadTarget][]) {
      log(`${size} statements: ${paths[id]}`);
      endpoints[id] = await load(target, origin, options);
    }
    log(`${size} statements: static server`);
    endpoints.static = await withServer(startStaticServer(options.port + 1, htmlFile), (server) =>
      load({ url: server.url }, server.url.replace(/\/$/, ""), options),
    );
    if (!audit) return { result: { size, endpoints }, paths };
    log(`${size} statements: Lighthouse`);
    const home = await auditPage(targets.home.url);
    const statement = await auditPage(targets.statement.url);
    return {
      result: { size, endpoints },
      paths,
      audits: {
        home: { label: "`/`", lighthouse: home.scores, transferredJsBytes: home.transferredJsBytes, failingAudits: home.failing },
        statement: { label: "statement page", lighthouse: statement.scores, transferredJsBytes: statement.transferredJsBytes, failingAudits: statement.failing },
      },
    };
  });
}

const HOME_ROUTE = "/[locale]";
const STATEMENT_ROUTE = "/[locale]/statements/[slug]";

function commit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

runCli(async () => {
  const options = parseBenchArgs(process.argv.slice(2));
  const started = Date.now();
  const loadBefore = os.loadavg()[0]!;
  fs.mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const databases: { size: number; url: string }[] = [];
  for (const size of options.sizes) {
    log(`generating ${size} statements`);
    const database = await createBenchmarkDatabase(size, options.seed);
    log(`${size} statements in ${database.seconds.toFixed(1)} s`);
    databases.push({ size, url: database.url });
  }
  if (!(options.skipBuild && fs.existsSync(path.join(".next", "BUILD_ID")))) build(databases[0]!.url);
  // Pages live under app/[locale]; English is the unprefixed address. Read before the long run so
  // a build without these routes stops it at once.
  const firstLoad = firstLoadJs(".next", [HOME_ROUTE, STATEMENT_ROUTE]);
  const runs: SizeRun[] = [];
  for (const [index, database] of databases.entries()) runs.push(await runSize(database.size, database.url, options, index === 0));
  const audits = runs[0]!.audits!;
  const report: BenchReport = {
    sizes: runs.map((run) => run.result),
    paths: runs[runs.length - 1]!.paths,
    pages: {
      home: { ...audits.home, firstLoadJsBytes: firstLoad[HOME_ROUTE]! },
      statement: { ...audits.statement, firstLoadJsBytes: firstLoad[STATEMENT_ROUTE]! },
    },
    conditions: [
      `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${commit()}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "unknown CPU"}`,
      `autocannon on the same machine over loopback: ${options.connections} connections, ${options.warmupSeconds} s warm-up then ${options.seconds} s per endpoint and size; req/s counts 2xx responses only`,
      `load average (1 min) ${loadBefore.toFixed(1)} before the run, ${os.loadavg()[0]!.toFixed(1)} after: other processes share the CPUs, so figures vary between runs`,
      `SQLite databases under bench/.data/ (seed ${options.seed}), generated in the run; the statement page is a published statement from the middle of the slug order`,
      `first-load JS: gzip size of the JS files the build's client reference manifests list for the route, plus the root main files (lib/bench/first-load-js.ts); Lighthouse's figure is what its Chromium transferred`,
      `Lighthouse ${"12.2.3"} defaults (mobile, simulated throttling), Chromium /usr/bin/chromium headless, on the ${runs[0]!.result.size}-statement database`,
      `whole run: ${((Date.now() - started) / 60_000).toFixed(1)} min`,
    ],
  };
  const table = renderReport(report);
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, table);
  fs.writeFileSync("README.md", withLatestResults(fs.readFileSync("README.md", "utf8"), table));
  console.log(table);
  log(`written to ${RESULTS_FILE} and the README's Benchmarks section`);
});
