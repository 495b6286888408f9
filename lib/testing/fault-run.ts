/**
 * What the load and kill tests share: a fresh database with editors, the production server on
 * it, one signed-in writer per editor (each from its own client address, as sign-in is
 * rate-limited per address), and the end-of-run check of the database.
 */
import { randomBytes } from "node:crypto";
import { ensureBuild, newAuthSecret, startAppServer, type AppServer } from "./app-server";
import { checkConsistency, type AcknowledgedWrite, type ConsistencyReport } from "./consistency";
import { EditorSession } from "./editor-http";
import { prepareFaultDatabase, type FaultDatabase } from "./fault-database";
import { StatementWriter, type WriteTargets } from "./statement-writer";

export type FaultRun = {
  database: FaultDatabase;
  authSecret: string;
  port: number;
  server: AppServer;
  /** A published seed statement, for readers. */
  sampleSlug: string;
  targets: WriteTargets;
};

export async function startFaultRun(options: { name: string; port: number; writers: number; serverUrl?: string }): Promise<FaultRun> {
  const authSecret = newAuthSecret();
  const database = await prepareFaultDatabase({ name: options.name, serverUrl: options.serverUrl, editors: options.writers, authSecret });
  const db = database.open();
  let targets: WriteTargets;
  let sampleSlug: string;
  try {
    const sources = await db.source.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const themes = await db.theme.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    const sample = await db.statement.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { date: "desc" }, select: { slug: true } });
    targets = { sourceIds: sources.map((row) => row.id), themeSlugs: themes.map((row) => row.slug) };
    sampleSlug = sample.slug;
  } finally {
    await db.$disconnect();
  }
  ensureBuild({ databaseUrl: database.url, authSecret });
  const server = await startAppServer({ port: options.port, databaseUrl: database.url, authSecret });
  return { database, authSecret, port: options.port, server, sampleSlug, targets };
}

export async function signInWriters(run: FaultRun): Promise<StatementWriter[]> {
  const runLabel = randomBytes(2).toString("hex");
  return Promise.all(
    run.database.editors.map(async (editor, index) => {
      const session = await EditorSession.signIn(run.server.url, editor, `198.51.100.${index + 1}`);
      return new StatementWriter(session, `r${runLabel}w${index + 1}`, run.targets);
    }),
  );
}

export async function checkRunDatabase(run: FaultRun, acknowledged: AcknowledgedWrite[]): Promise<ConsistencyReport> {
  const db = run.database.open();
  try {
    return await checkConsistency(db, run.database.config, acknowledged);
  } finally {
    await db.$disconnect();
  }
}

/** "connection refused", "socket hang up", a timeout: the cause fetch hides behind "fetch failed". */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const detail = cause instanceof Error ? `: ${(cause as { code?: string }).code ?? cause.message}` : "";
  return `${error.message}${detail}`;
}
