/**
 * The whole database as one JSON document (npm run db:export / db:import): statements, sources,
 * themes, milestones, revisions and users. Users go without sessions, accounts (which hold the
 * password hashes) or verifications: a dump can be shared with a colleague or kept in a backup
 * folder without handing over anyone's credentials. No "server-only": the CLI imports it.
 *
 * Rows are sorted by their key, fields keep the data model's order and dates are ISO strings,
 * so the same data gives the same bytes on SQLite and PostgreSQL.
 */
import { z } from "zod";
import type { Db } from "../db/create-client";
import type { Prisma } from "../generated/sqlite/client";

export const DUMP_FORMAT = "nato-china-tracker-dump";
export const DUMP_VERSION = 1;

/** The tables of a dump in the order they are loaded (each only refers to tables before it). */
const TABLES = ["users", "themes", "sources", "milestones", "statements", "revisions"] as const;
type Table = (typeof TABLES)[number];

/** Date columns per table: JSON has no dates, so these are turned back into dates on import. */
const DATE_FIELDS: Record<Table, readonly string[]> = {
  users: ["banExpires", "createdAt", "updatedAt"],
  themes: ["createdAt", "updatedAt"],
  sources: ["publishedAt", "retrievedAt", "createdAt", "updatedAt"],
  milestones: ["date", "createdAt", "updatedAt"],
  statements: ["date", "createdAt", "updatedAt"],
  revisions: ["createdAt"],
};

type Row = Record<string, unknown>;
export type DatabaseDump = { format: typeof DUMP_FORMAT; version: typeof DUMP_VERSION } & Record<Table, Row[]>;

export async function exportDatabase(db: Db): Promise<DatabaseDump> {
  const [users, themes, sources, milestones, statements, revisions] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.theme.findMany({ orderBy: { slug: "asc" } }),
    db.source.findMany({ orderBy: { id: "asc" } }),
    db.milestone.findMany({ orderBy: { slug: "asc" } }),
    db.statement.findMany({ orderBy: { slug: "asc" }, include: { themes: { select: { slug: true }, orderBy: { slug: "asc" } } } }),
    db.revision.findMany({ orderBy: { id: "asc" } }),
  ]);
  return {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    users,
    themes,
    sources,
    milestones,
    // A statement's themes as their slugs: the join table has no other content.
    statements: statements.map((statement) => ({ ...statement, themes: statement.themes.map((theme) => theme.slug) })),
    revisions,
  };
}

/** The dump as file text: two-space JSON with a final newline. */
export const serializeDump = (dump: DatabaseDump) => `${JSON.stringify(dump, null, 2)}\n`;

const rows = z.array(z.record(z.string(), z.unknown()));
const dumpSchema = z.object({
  format: z.literal(DUMP_FORMAT, { error: `not a database dump (format must be "${DUMP_FORMAT}")` }),
  version: z.literal(DUMP_VERSION, { error: `dump version must be ${DUMP_VERSION}` }),
  users: rows,
  themes: rows,
  sources: rows,
  milestones: rows,
  statements: rows,
  revisions: rows,
});

export class DumpError extends Error {
  override name = "DumpError";
}

/** Reads dump text; throws DumpError with one line saying what is wrong. */
export function parseDump(text: string): DatabaseDump {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DumpError("the file is not valid JSON");
  }
  const result = dumpSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DumpError(`${issue?.path.join(".") || "dump"}: ${issue?.message}`);
  }
  return result.data as DatabaseDump;
}

function withDates(table: Table, row: Row): Row {
  const out: Row = { ...row };
  for (const field of DATE_FIELDS[table]) {
    const value = out[field];
    if (value === null || value === undefined) continue;
    const date = typeof value === "string" ? new Date(value) : undefined;
    if (!date || Number.isNaN(date.getTime())) throw new DumpError(`${table}: ${field} must be an ISO date, got ${JSON.stringify(value)}`);
    out[field] = date;
  }
  return out;
}

/** Rows already in the tables a dump fills. */
async function existingRows(db: Db): Promise<string[]> {
  const counts = await Promise.all([db.user.count(), db.theme.count(), db.source.count(), db.milestone.count(), db.statement.count(), db.revision.count()]);
  return TABLES.flatMap((table, index) => (counts[index] ? [`${counts[index]} ${table}`] : []));
}

/**
 * Loads a dump into an empty database in one transaction: either all of it is there afterwards
 * or nothing is. Refuses a database that already has data rather than merging into it.
 */
export async function importDatabase(db: Db, dump: DatabaseDump): Promise<Record<Table, number>> {
  const existing = await existingRows(db);
  if (existing.length > 0) throw new DumpError(`the database is not empty (${existing.join(", ")}); db:import loads into an empty database only`);
  await db.$transaction(
    async (tx) => {
      const load = (table: Table) => dump[table].map((row) => withDates(table, row));
      await tx.user.createMany({ data: load("users") as Prisma.UserCreateManyInput[] });
      await tx.theme.createMany({ data: load("themes") as Prisma.ThemeCreateManyInput[] });
      await tx.source.createMany({ data: load("sources") as Prisma.SourceCreateManyInput[] });
      await tx.milestone.createMany({ data: load("milestones") as Prisma.MilestoneCreateManyInput[] });
      for (const statement of load("statements")) {
        const { themes, ...columns } = statement;
        const slugs = z.array(z.string()).parse(themes ?? []);
        // updatedAt is in columns: Prisma keeps a given value instead of stamping the time.
        await tx.statement.create({ data: { ...columns, themes: { connect: slugs.map((slug) => ({ slug })) } } as Prisma.StatementUncheckedCreateInput });
      }
      await tx.revision.createMany({ data: load("revisions") as Prisma.RevisionCreateManyInput[] });
    },
    // A large corpus takes more than the default five seconds.
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  return Object.fromEntries(TABLES.map((table) => [table, dump[table].length])) as Record<Table, number>;
}
