/**
 * What runs before the app starts: `prestart` (before `next start`) and, with --dev, `npm run
 * dev` (before `next dev`). In one process, because each tsx start costs a second or more:
 * - production only: a session secret in .env.production.local when none is set;
 * - pending migrations, with the migration runner (works on a database the app has used: WAL
 *   mode, -wal/-shm files left by a crash, another process holding it open);
 * - the seed corpus on a database without statements (a first start);
 * - production only: `next build` when the sources changed since the last build.
 * A failure prints one line, `npm start: <why>`, and exits 1.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { ensureSecretFile } from "../../lib/auth/ensure-secret-file";
import { parseDatabaseUrl, type DatabaseConfig } from "../../lib/db/database-url";
import { deployMigrations } from "../db/runner";
import { describeDatabase, describeFailure } from "../db/runner/cli";
import { SQLITE_BUSY_TIMEOUT_MS } from "../db/runner/sqlite";
import { buildIfChanged } from "./build";

const SECRET_FILE = ".env.production.local";
const dev = process.argv.includes("--dev");
const command = dev ? "npm run dev" : "npm start";

async function prepare(): Promise<void> {
  const database = parseDatabaseUrl(process.env.DATABASE_URL);
  if (!dev && ensureSecretFile(SECRET_FILE, process.env)) {
    console.log(`Generated BETTER_AUTH_SECRET in ${SECRET_FILE} (keep it private; set BETTER_AUTH_SECRET to use your own).`);
  }

  const applied = await deployMigrations(database);
  const where = describeDatabase(database);
  console.log(applied.length ? `Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to ${where}: ${applied.join(", ")}.` : `${where}: migrations up to date.`);

  if (!(await hasStatements(database))) await seed(database);

  if (!dev) console.log(buildIfChanged() ? "Built the app." : "Build is up to date (sources unchanged since the last build): not rebuilding.");
}

/** Asked without the Prisma client, whose loading is most of a restart's preparation. */
async function hasStatements(database: DatabaseConfig): Promise<boolean> {
  const sql = 'SELECT 1 FROM "Statement" LIMIT 1';
  if (database.provider === "sqlite") {
    const db = new Database(database.filePath, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    try {
      return db.prepare(sql).get() !== undefined;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return ((await client.query(sql)).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

async function seed(database: DatabaseConfig): Promise<void> {
  const [{ createPrismaClient }, { readSeedCorpus }, { seedDatabase }] = await Promise.all([
    import("../../lib/db/create-client"),
    import("../../lib/seed/seed-files"),
    import("../../lib/seed/seed-database"),
  ]);
  const db = createPrismaClient(database);
  try {
    const report = await seedDatabase(db, readSeedCorpus());
    console.log(`Seeded an empty database: ${Object.entries(report).map(([entity, counts]) => `${counts.created} ${entity}`).join(", ")}.`);
  } finally {
    await db.$disconnect();
  }
}

prepare().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`${command}: ${describeFailure(error)}`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
