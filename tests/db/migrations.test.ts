import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl, type DatabaseConfig } from "../../lib/db/database-url";
import { createMigration, schemaChangesSinceMigrations } from "../../lib/db/migrations";
import { SQLITE_SEARCH_TABLES } from "../../lib/db/migrations/options";
import { startPostgresServer, type PostgresServer } from "../../lib/testing/postgres-server";
import { deployMigrations, MigrationError, migrationStatus } from "../../scripts/db/runner";

const ROOT = process.cwd();
const SQLITE_MIGRATIONS = path.join(ROOT, "prisma/migrations");
const POSTGRES_MIGRATIONS = path.join(ROOT, "prisma/postgresql/migrations");
const BROKEN = "99999999999999_broken";

/** Every table the data model defines, plus the implicit many-to-many table and Prisma's own. */
const schemaText = fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
const modelTables = [...schemaText.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!);
const expectedTables = [...modelTables, "_StatementToTheme", "_prisma_migrations"].sort();
/** SQLite also has the full-text index the migrations create outside the data model. */
const expectedSqliteTables = [...expectedTables, ...SQLITE_SEARCH_TABLES].sort();

const localMigrations = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

let tmp: string;
let server: PostgresServer;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nct-migrations-"));
  server = await startPostgresServer();
});

afterAll(async () => {
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const sqliteConfig = (name: string): Extract<DatabaseConfig, { provider: "sqlite" }> =>
  parseDatabaseUrl(`file:${path.join(tmp, name)}`) as Extract<DatabaseConfig, { provider: "sqlite" }>;

const postgresConfig = async (): Promise<DatabaseConfig> => ({ provider: "postgresql", url: await server.createDatabase() });

/** A copy of a real migrations folder plus a migration whose first statement works and second does not. */
function brokenFolder(source: string, options: { keepReal?: boolean } = { keepReal: true }): string {
  const dir = fs.mkdtempSync(path.join(tmp, "broken-"));
  if (options.keepReal) fs.cpSync(source, dir, { recursive: true });
  else fs.copyFileSync(path.join(source, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
  fs.mkdirSync(path.join(dir, BROKEN));
  fs.writeFileSync(
    path.join(dir, BROKEN, "migration.sql"),
    'CREATE TABLE "HalfDone" ("id" INTEGER);\nCREATE TABLE "Broken" (;\n',
  );
  return dir;
}

async function expectOneLineFailure(promise: Promise<unknown>, pattern: RegExp): Promise<MigrationError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the deploy to fail");
    },
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(MigrationError);
  const message = (error as MigrationError).message;
  expect(message).not.toContain("\n");
  expect(message).toMatch(pattern);
  return error as MigrationError;
}

describe("SQLite migrations", () => {
  function sqliteTables(file: string): string[] {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
        .map((row) => row.name)
        .filter((name) => !name.startsWith("sqlite_"));
    } finally {
      db.close();
    }
  }

  /** Everything that could change: schema objects, bookkeeping rows and a data table. */
  function sqliteState(file: string) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return {
        schema: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").all(),
        migrations: db.prepare("SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name").all(),
        themes: db.prepare('SELECT * FROM "Theme" ORDER BY id').all(),
      };
    } finally {
      db.close();
    }
  }

  it("deploy on a fresh file creates every table, and a second deploy applies nothing", async () => {
    const config = sqliteConfig("fresh/tracker.db");
    expect(fs.existsSync(config.filePath)).toBe(false);

    expect(await deployMigrations(config)).toEqual(localMigrations(SQLITE_MIGRATIONS));
    expect(sqliteTables(config.filePath)).toEqual(expectedSqliteTables);

    expect(await deployMigrations(config)).toEqual([]);
    expect(sqliteTables(config.filePath)).toEqual(expectedSqliteTables);
  });

  it("status reports pending migrations, then up to date, then a new pending one and drift", async () => {
    const config = sqliteConfig("status.db");
    const local = localMigrations(SQLITE_MIGRATIONS);

    const before = await migrationStatus(config);
    expect(before).toMatchObject({ hasMigrationsTable: false, applied: [], pending: local, upToDate: false });
    expect(fs.existsSync(config.filePath)).toBe(false); // looking does not create the database

    await deployMigrations(config);
    expect(await migrationStatus(config)).toMatchObject({
      hasMigrationsTable: true,
      applied: local,
      pending: [],
      failed: [],
      edited: [],
      drift: null,
      upToDate: true,
    });

    const withNew = brokenFolder(SQLITE_MIGRATIONS);
    expect(await migrationStatus(config, { migrationsDir: withNew })).toMatchObject({
      applied: local,
      pending: [BROKEN],
      upToDate: false,
    });

    const db = new Database(config.filePath);
    db.exec('CREATE TABLE "MadeByHand" ("id" INTEGER)');
    db.close();
    const drifted = await migrationStatus(config);
    expect(drifted.upToDate).toBe(false);
    expect(drifted.drift).toContain("MadeByHand");
  });

  it("a broken migration fails with one clear line and leaves the database exactly as it was", async () => {
    const config = sqliteConfig("broken.db");
    await deployMigrations(config);
    const db = new Database(config.filePath);
    db.prepare('INSERT INTO "Theme" (id, slug, name, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)').run(
      "t1",
      "deterrence",
      "Deterrence",
      Date.now(),
      Date.now(),
    );
    db.close();
    const before = sqliteState(config.filePath);

    const error = await expectOneLineFailure(
      deployMigrations(config, { migrationsDir: brokenFolder(SQLITE_MIGRATIONS) }),
      new RegExp(`^migration ${BROKEN} failed: .*syntax error.*rolled back`),
    );
    expect(error.migrationName).toBe(BROKEN);

    expect(sqliteState(config.filePath)).toEqual(before);
    expect(sqliteTables(config.filePath)).not.toContain("HalfDone");
    expect(await migrationStatus(config, { migrationsDir: brokenFolder(SQLITE_MIGRATIONS) })).toMatchObject({
      pending: [BROKEN],
      failed: [],
      drift: null,
    });
    // The real history still deploys cleanly afterwards.
    expect(await deployMigrations(config)).toEqual([]);
  });

  it("a broken first migration on a new database leaves no database file behind", async () => {
    const config = sqliteConfig("never/created.db");
    await expectOneLineFailure(
      deployMigrations(config, { migrationsDir: brokenFolder(SQLITE_MIGRATIONS, { keepReal: false }) }),
      new RegExp(`^migration ${BROKEN} failed: `),
    );
    expect(fs.existsSync(config.filePath)).toBe(false);
  });

  it("a broken migration after good ones keeps the good ones applied", async () => {
    const config = sqliteConfig("partial.db");
    const error = await expectOneLineFailure(
      deployMigrations(config, { migrationsDir: brokenFolder(SQLITE_MIGRATIONS) }),
      /applied before it: /,
    );
    expect(error.message).toContain(localMigrations(SQLITE_MIGRATIONS).at(-1)!);
    expect(sqliteTables(config.filePath)).toEqual(expectedSqliteTables);
    expect(await migrationStatus(config)).toMatchObject({ upToDate: true });
  });
});

describe("PostgreSQL migrations", () => {
  async function query<T>(url: string, sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  const postgresTables = async (url: string) =>
    (
      await query<{ table_name: string }>(
        url,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      )
    ).map((row) => row.table_name);

  async function postgresState(url: string) {
    return {
      columns: await query(
        url,
        "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
      ),
      types: await query(url, "SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace ORDER BY typname"),
      indexes: await query(url, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname"),
      migrations: (await postgresTables(url)).includes("_prisma_migrations")
        ? await query(url, "SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name")
        : null,
    };
  }

  it("deploy on a fresh database creates every table, and a second deploy applies nothing", async () => {
    const config = await postgresConfig();
    expect(await postgresTables(config.url)).toEqual([]);

    expect(await deployMigrations(config)).toEqual(localMigrations(POSTGRES_MIGRATIONS));
    expect(await postgresTables(config.url)).toEqual(expectedTables);

    expect(await deployMigrations(config)).toEqual([]);
    expect(await postgresTables(config.url)).toEqual(expectedTables);
  });

  it("status reports pending migrations, then up to date, then a new pending one and drift", async () => {
    const config = await postgresConfig();
    const local = localMigrations(POSTGRES_MIGRATIONS);

    expect(await migrationStatus(config)).toMatchObject({
      hasMigrationsTable: false,
      applied: [],
      pending: local,
      upToDate: false,
    });

    await deployMigrations(config);
    expect(await migrationStatus(config)).toMatchObject({
      hasMigrationsTable: true,
      applied: local,
      pending: [],
      failed: [],
      edited: [],
      drift: null,
      upToDate: true,
    });

    expect(await migrationStatus(config, { migrationsDir: brokenFolder(POSTGRES_MIGRATIONS) })).toMatchObject({
      applied: local,
      pending: [BROKEN],
      upToDate: false,
    });

    await query(config.url, 'CREATE TABLE "MadeByHand" ("id" INTEGER)');
    const drifted = await migrationStatus(config);
    expect(drifted.upToDate).toBe(false);
    expect(drifted.drift).toContain("MadeByHand");
  });

  it("a broken migration fails with one clear line and leaves the database exactly as it was", async () => {
    const config = await postgresConfig();
    await deployMigrations(config);
    await query(
      config.url,
      `INSERT INTO "Theme" (id, slug, name, "updatedAt") VALUES ('t1', 'deterrence', 'Deterrence', now())`,
    );
    const before = await postgresState(config.url);
    const themes = await query(config.url, 'SELECT * FROM "Theme"');

    const error = await expectOneLineFailure(
      deployMigrations(config, { migrationsDir: brokenFolder(POSTGRES_MIGRATIONS) }),
      new RegExp(`^migration ${BROKEN} failed: .*syntax error.*rolled back`),
    );
    expect(error.migrationName).toBe(BROKEN);

    expect(await postgresState(config.url)).toEqual(before);
    expect(await query(config.url, 'SELECT * FROM "Theme"')).toEqual(themes);
    expect(await postgresTables(config.url)).not.toContain("HalfDone");
    expect(await deployMigrations(config)).toEqual([]);
  });

  it("a broken first migration on an empty database leaves it empty", async () => {
    const config = await postgresConfig();
    await expectOneLineFailure(
      deployMigrations(config, { migrationsDir: brokenFolder(POSTGRES_MIGRATIONS, { keepReal: false }) }),
      new RegExp(`^migration ${BROKEN} failed: `),
    );
    expect(await postgresState(config.url)).toEqual({ columns: [], types: [], indexes: [], migrations: null });
  });
});

describe("committed migrations", () => {
  it("match prisma/schema.prisma for both providers (after a schema edit run: npm run db:migrate -- --name <change>)", async () => {
    const changes = await schemaChangesSinceMigrations({ postgresUrl: server.url });
    expect(changes.map((change) => change.provider)).toEqual(["sqlite", "postgresql"]);
    for (const change of changes) {
      expect(change.script, `${change.provider} migrations lag behind prisma/schema.prisma`).toBeNull();
    }
  });

  it("createMigration writes one migration per provider for a schema change, then nothing", async () => {
    // A copy of the project's prisma/ folder, so the real schema and migrations stay untouched.
    const root = fs.mkdtempSync(path.join(tmp, "project-"));
    fs.cpSync(path.join(ROOT, "prisma/migrations"), path.join(root, "prisma/migrations"), { recursive: true });
    fs.cpSync(POSTGRES_MIGRATIONS, path.join(root, "prisma/postgresql/migrations"), { recursive: true });
    const edited = schemaText.replace(/^model User \{\n/m, "model User {\n  nickname String?\n");
    expect(edited).not.toBe(schemaText);
    fs.writeFileSync(path.join(root, "prisma/schema.prisma"), edited);

    const created = await createMigration("add nickname", { root, postgresUrl: server.url });
    expect(created.map((migration) => migration.provider)).toEqual(["sqlite", "postgresql"]);
    const [sqlite, postgres] = created;
    expect(sqlite!.name).toMatch(/^\d{14}_add_nickname$/);
    expect(postgres!.name).toBe(sqlite!.name);
    for (const migration of created) {
      const script = fs.readFileSync(path.join(migration.path!, "migration.sql"), "utf8");
      expect(script).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
    }

    expect(await createMigration("again", { root, postgresUrl: server.url })).toEqual([
      { provider: "sqlite", name: null, path: null },
      { provider: "postgresql", name: null, path: null },
    ]);

    // The new folders deploy on both databases.
    expect(await deployMigrations(sqliteConfig("edited.db"), { root })).toContain(sqlite!.name);
    expect(await deployMigrations(await postgresConfig(), { root })).toContain(postgres!.name);
  });
});

describe("indexes the timeline and search rely on", () => {
  const timelineIndexes = [
    "Statement_status_date_slug_idx",
    "Statement_status_toneLevel_date_idx",
    "Statement_status_speaker_idx",
    "Statement_status_body_idx",
    "Statement_status_language_idx",
    "Statement_documentType_idx",
    "Statement_sourceId_idx",
  ];

  it("SQLite has them, the FTS5 trigram table and the triggers that keep it current", async () => {
    const config = sqliteConfig("indexes.db");
    await deployMigrations(config);
    const db = new Database(config.filePath, { readonly: true });
    try {
      const names = (type: string) =>
        (db.prepare("SELECT name FROM sqlite_master WHERE type = ? AND tbl_name = 'Statement'").all(type) as { name: string }[]).map((row) => row.name);
      expect(names("index")).toEqual(expect.arrayContaining(timelineIndexes));
      expect(names("trigger").sort()).toEqual(["Statement_search_delete", "Statement_search_insert", "Statement_search_update"]);
      const fts = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'StatementSearch'").get() as { sql: string };
      expect(fts.sql).toMatch(/USING fts5\(.*tokenize='trigram'/);
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT "id" FROM "Statement" WHERE "status" = 'PUBLISHED' ORDER BY "date", "slug" LIMIT 51`)
        .all() as { detail: string }[];
      expect(plan.map((step) => step.detail).join("\n")).toBe("SEARCH Statement USING INDEX Statement_status_date_slug_idx (status=?)");
    } finally {
      db.close();
    }
  });

  it("PostgreSQL has them, pg_trgm and the trigram GIN index on searchText", async () => {
    const config = await postgresConfig();
    await deployMigrations(config);
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    try {
      const indexes = (await client.query("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Statement'")).rows as {
        indexname: string;
        indexdef: string;
      }[];
      expect(indexes.map((row) => row.indexname)).toEqual(expect.arrayContaining([...timelineIndexes, "Statement_searchText_trgm_idx"]));
      expect(indexes.find((row) => row.indexname === "Statement_searchText_trgm_idx")?.indexdef).toMatch(/USING gin \("searchText" gin_trgm_ops\)/);
      expect((await client.query("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")).rowCount).toBe(1);
    } finally {
      await client.end();
    }
  });
});
