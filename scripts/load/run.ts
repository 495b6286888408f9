/**
 * `npm run load -- [--duration 60] [--connections 50] [--port 3200]`: the production server on a
 * fresh database (SQLite, or a new database on the PostgreSQL server DATABASE_URL names), then
 * `connections` concurrent clients for `duration` seconds: one in five an editor saving
 * statements through the editor form's server action, the rest readers of the timeline,
 * filtered timeline, a statement, the search API and the trends. Afterwards every acknowledged
 * save must be in the database with its revision. Exits 1 on any error or lost write.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { checkRunDatabase, describeFailure, signInWriters, startFaultRun } from "../../lib/testing/fault-run";
import { runCli } from "../run-cli";

const options = z.object({
  duration: z.coerce.number().positive("--duration must be a positive number of seconds"),
  connections: z.coerce.number().int().min(2, "--connections must be at least 2 (a writer and a reader)"),
  port: z.coerce.number().int().min(1).max(65535, "--port must be a port number"),
});

runCli(async () => {
  const { values } = parseArgs({
    options: { duration: { type: "string", default: "60" }, connections: { type: "string", default: "50" }, port: { type: "string", default: "3200" } },
    strict: true,
  });
  const parsed = options.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
  const { duration, connections, port } = parsed.data;
  const writerCount = Math.max(1, Math.round(connections / 5));
  const readerCount = connections - writerCount;

  const run = await startFaultRun({ name: "load", port, writers: writerCount, serverUrl: process.env.DATABASE_URL });
  let passed = false;
  try {
    const writers = await signInWriters(run);
    const readPaths = ["/", `/statements/${run.sampleSlug}`, "/?tone=4&from=2021-01-01", "/api/statements?q=challenge", "/trends"];
    console.log(`Load: ${duration} s, ${writerCount} editors saving and ${readerCount} readers on ${run.server.url} (${run.database.config.provider}).`);

    let requests = 0;
    let reads = 0;
    const errors: string[] = [];
    // Each route's code is loaded on its first request; one request per page before the clock
    // starts, so the measured run is the server at work, not starting up.
    for (const path of [...readPaths, "/statements/new"]) {
      const response = await fetch(`${run.server.url}${path}`, { signal: AbortSignal.timeout(60_000), redirect: "manual" });
      await response.arrayBuffer();
      if (response.status >= 400) errors.push(`warm-up GET ${path}: ${response.status}`);
    }
    const deadline = Date.now() + duration * 1000;
    const started = Date.now();
    const elapsed = () => `[${((Date.now() - started) / 1000).toFixed(1)} s]`;

    const writerLoops = writers.map(async (writer) => {
      while (Date.now() < deadline) {
        try {
          await writer.writeOnce();
        } catch (error) {
          errors.push(`${elapsed()} write: ${describeFailure(error)}`);
        }
        // A save is two requests: the form page, then the form's submission.
        requests += 2;
      }
    });
    const readerLoops = Array.from({ length: readerCount }, async (_, index) => {
      for (let n = index; Date.now() < deadline; n++) {
        const path = readPaths[n % readPaths.length]!;
        try {
          const response = await fetch(`${run.server.url}${path}`, { signal: AbortSignal.timeout(30_000) });
          await response.arrayBuffer();
          if (response.status !== 200) errors.push(`${elapsed()} GET ${path}: ${response.status}`);
          else reads += 1;
        } catch (error) {
          errors.push(`${elapsed()} GET ${path}: ${describeFailure(error)}`);
        }
        requests += 1;
      }
    });
    await Promise.all([...writerLoops, ...readerLoops]);
    const seconds = (Date.now() - started) / 1000;

    const acknowledged = writers.flatMap((writer) => writer.acknowledged);
    const stale = writers.reduce((sum, writer) => sum + writer.staleRefusals, 0);
    const report = await checkRunDatabase(run, acknowledged);
    const lost = report.problems.filter((problem) => problem.startsWith("lost write")).length;
    const summary = {
      seconds: Math.round(seconds * 10) / 10,
      requests,
      requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
      reads,
      writes: acknowledged.length,
      staleRefusals: stale,
      errors: errors.length,
      lostWrites: lost,
      inconsistencies: report.problems.length - lost,
      statements: report.statements,
      revisions: report.revisions,
    };
    for (const error of errors.slice(0, 10)) console.error(`error: ${error}`);
    for (const problem of report.problems.slice(0, 10)) console.error(`database: ${problem}`);
    console.log(
      `${summary.requests} requests in ${summary.seconds} s (${summary.requestsPerSecond} req/s): ${summary.reads} reads, ${summary.writes} acknowledged writes, ` +
        `${summary.staleRefusals} stale-version refusals, ${summary.errors} errors, ${summary.lostWrites} lost writes, ${summary.inconsistencies} other inconsistencies.`,
    );
    console.log(`LOAD-SUMMARY ${JSON.stringify(summary)}`);
    passed = errors.length === 0 && report.problems.length === 0 && acknowledged.length > 0 && reads > 0;
    if (!passed) throw new Error(acknowledged.length === 0 || reads === 0 ? "the run made no writes or no reads" : "errors or lost writes (above)");
  } finally {
    await run.server.stop();
    if (passed) await run.database.remove();
    else console.error(`Database kept for inspection: ${run.database.url.replace(/\/\/[^@]*@/, "//")}`);
  }
});
