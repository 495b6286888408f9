/**
 * `npm run kill-test -- [--writers 4] [--kill-after 20] [--port 3201]`: the production server on
 * a fresh SQLite database (or a new database on the PostgreSQL server DATABASE_URL names),
 * `writers` editors saving statements through the editor form without pause, and a SIGKILL of
 * the server once `kill-after` saves were acknowledged, a moment after a save was sent. Then the
 * database must be consistent (integrity check, a revision per version, rows as their latest
 * revision recorded, every acknowledged save present) and a restarted server must serve and
 * save again. Exits 1 otherwise.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { startAppServer } from "../../lib/testing/app-server";
import { checkRunDatabase, describeFailure, signInWriters, startFaultRun } from "../../lib/testing/fault-run";
import { runCli } from "../run-cli";

const options = z.object({
  writers: z.coerce.number().int().min(1, "--writers must be at least 1"),
  "kill-after": z.coerce.number().int().min(1, "--kill-after must be at least 1"),
  port: z.coerce.number().int().min(1).max(65535, "--port must be a port number"),
});

runCli(async () => {
  const { values } = parseArgs({
    options: { writers: { type: "string", default: "4" }, "kill-after": { type: "string", default: "20" }, port: { type: "string", default: "3201" } },
    strict: true,
  });
  const parsed = options.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
  const { writers: writerCount, "kill-after": killAfter, port } = parsed.data;

  const run = await startFaultRun({ name: "kill", port, writers: writerCount, serverUrl: process.env.DATABASE_URL });
  let passed = false;
  let server = run.server;
  try {
    const writers = await signInWriters(run);
    console.log(`Kill test: ${writerCount} editors saving on ${server.url} (${run.database.config.provider}, pid ${server.pid}); SIGKILL after ${killAfter} acknowledged saves.`);

    let inFlight = 0;
    let inFlightAtKill = -1;
    let killed = false;
    const acknowledgedCount = () => writers.reduce((sum, writer) => sum + writer.acknowledged.length, 0);
    const killSoon = () => {
      if (killed || acknowledgedCount() < killAfter) return;
      killed = true;
      // A few milliseconds after a save was sent: the server is most likely inside that save.
      setTimeout(() => {
        inFlightAtKill = inFlight;
        void server.kill();
      }, Math.floor(Math.random() * 15));
    };
    const afterKill: string[] = [];
    const loops = writers.map(async (writer) => {
      while (!killed) {
        let posted = false;
        try {
          await writer.writeOnce(() => {
            posted = true;
            inFlight += 1;
            killSoon();
          });
        } catch (error) {
          if (!killed) throw new Error(`before the kill: ${describeFailure(error)}`);
          afterKill.push(describeFailure(error));
          return;
        } finally {
          if (posted) inFlight -= 1;
        }
      }
    });
    await Promise.all(loops);
    await server.exited;

    const acknowledged = writers.flatMap((writer) => writer.acknowledged);
    const report = await checkRunDatabase(run, acknowledged);
    for (const problem of report.problems) console.error(`database: ${problem}`);
    console.log(
      `Killed with ${inFlightAtKill} saves in flight; ${afterKill.length} saves failed with the server gone; ${acknowledged.length} acknowledged saves; ` +
        `${report.statements} statements, ${report.revisions} revisions, ${report.problems.length} problems.`,
    );

    server = await startAppServer({ port, databaseUrl: run.database.url, authSecret: run.authSecret });
    // A save in flight at the kill may have committed after its last acknowledged one: the page
    // must show what the database holds now.
    const last = acknowledged[acknowledged.length - 1]!;
    const db = run.database.open();
    const stored = await db.statement.findUniqueOrThrow({ where: { slug: last.slug }, select: { title: true } }).finally(() => db.$disconnect());
    const page = await fetch(`${server.url}/statements/${last.slug}`, { signal: AbortSignal.timeout(30_000) });
    const restartedOk = page.status === 200 && (await page.text()).includes(stored.title);
    if (!restartedOk) console.error(`error: after the restart, /statements/${last.slug} answered ${page.status} without its title “${stored.title}”`);
    const [again] = await signInWriters({ ...run, server, database: { ...run.database, editors: run.database.editors.slice(0, 1) } });
    await again!.writeOnce();
    const afterRestart = await checkRunDatabase(run, [...acknowledged, ...again!.acknowledged]);
    for (const problem of afterRestart.problems) console.error(`database after restart: ${problem}`);
    console.log(`Restarted: serves the last acknowledged statement and saved ${again!.acknowledged.length} more.`);

    console.log(
      `KILL-SUMMARY ${JSON.stringify({ acknowledged: acknowledged.length, inFlightAtKill, failedAfterKill: afterKill.length, problems: report.problems.length + afterRestart.problems.length, restarted: restartedOk })}`,
    );
    passed = inFlightAtKill >= 0 && report.problems.length === 0 && afterRestart.problems.length === 0 && restartedOk && again!.acknowledged.length === 1;
    if (!passed) throw new Error("the database is not consistent after the kill, or the restarted server failed (above)");
  } finally {
    await server.stop();
    if (passed) await run.database.remove();
    else console.error(`Database kept for inspection: ${run.database.url.replace(/\/\/[^@]*@/, "//")}`);
  }
});
