import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/db/create-client";
import { parseDatabaseUrl, type DatabaseConfig } from "../../lib/db/database-url";
import { createMigration, schemaChangesSinceMigrations } from "../../lib/db/migrations";
import { openSchemaEngine } from "../../lib/db/migrations/engine";
import { readMigrationsList } from "../../lib/db/migrations/migrations-folder";
import { schemaFilter, SQLITE_SEARCH_TABLES } from "../../lib/db/migrations/options";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { seedDatabase } from "../../lib/seed/seed-database";
import { startPostgresServer, type PostgresServer } from "../../lib/testing/postgres-server";
import { runTsx } from "../../lib/testing/run-tsx";
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

describe("db:deploy and db:status on a SQLite database the app has used", () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
  });

  /** Migrated and seeded through the app's own client, which puts the file in WAL mode. */
  async function seededWalDatabase(name: string) {
    const config = sqliteConfig(name);
    await deployMigrations(config);
    const db = createPrismaClient(config);
    try {
      await seedDatabase(db, readSeedCorpus());
    } finally {
      await db.$disconnect();
    }
    expect(journalMode(config.filePath)).toBe("wal");
    return config;
  }

  function journalMode(file: string): string {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma("journal_mode", { simple: true }) as string;
    } finally {
      db.close();
    }
  }

  /** Another process with the database open, as in `script` (`db` is its better-sqlite3 connection); resolves once it said "ready". */
  async function otherProcess(file: string, script: string): Promise<ChildProcess> {
    const code = `const Database = require("better-sqlite3"); const file = ${JSON.stringify(file)}; ${script}; console.log("ready"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["-e", code], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("ready")) resolve();
      });
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("exit", (status) => reject(new Error(`the other process exited (${status}): ${output}`)));
    });
    return child;
  }

  /** Runs one of the npm scripts' entry points on the database, as `npm run db:deploy` does. */
  async function runScript(script: string, databaseUrl: string): Promise<{ code: number | null; output: string }> {
    return runTsx(script, [], { ...process.env, DATABASE_URL: databaseUrl });
  }

  async function expectDeployAndStatusUpToDate(config: DatabaseConfig) {
    const deploy = await runScript("scripts/db/deploy.ts", config.url);
    expect(deploy.output).toMatch(/is up to date: no pending migrations/);
    expect(deploy.code, deploy.output).toBe(0);
    const status = await runScript("scripts/db/status.ts", config.url);
    expect(status.output).toContain("Database schema is up to date.");
    expect(status.code, status.output).toBe(0);
  }

  it("works with the -wal and -shm files a crashed writer left, and keeps its committed write", async () => {
    const config = await seededWalDatabase("crashed.db");
    const writer = await otherProcess(
      config.filePath,
      `const db = new Database(file); db.prepare('INSERT INTO "Theme" (id, slug, name, "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)').run("crash", "written-before-the-crash", "Written before the crash", Date.now(), Date.now())`,
    );
    writer.kill("SIGKILL");
    await new Promise((resolve) => writer.once("exit", resolve));
    expect(fs.statSync(`${config.filePath}-wal`).size).toBeGreaterThan(0);
    expect(fs.existsSync(`${config.filePath}-shm`)).toBe(true);

    await expectDeployAndStatusUpToDate(config);
    const db = new Database(config.filePath, { readonly: true });
    try {
      expect(db.prepare('SELECT name FROM "Theme" WHERE id = ?').get("crash")).toEqual({ name: "Written before the crash" });
    } finally {
      db.close();
    }
  });

  it("works while other processes hold it open (a reader in a transaction, a server writing), and applies a new migration meanwhile", async () => {
    const config = await seededWalDatabase("in-use.db");
    await otherProcess(config.filePath, `const db = new Database(file, { readonly: true }); db.exec("BEGIN"); db.prepare('SELECT COUNT(*) FROM "Statement"').get()`);
    await otherProcess(
      config.filePath,
      `const db = new Database(file, { timeout: 10000 }); db.pragma("journal_mode = WAL"); const touch = db.prepare('UPDATE "Theme" SET "updatedAt" = ? WHERE rowid = (SELECT MIN(rowid) FROM "Theme")'); touch.run(Date.now()); setInterval(() => touch.run(Date.now()), 20)`,
    );

    await expectDeployAndStatusUpToDate(config);

    // What db:migrate does after writing a migration: deploy it to the database in use.
    const withNew = fs.mkdtempSync(path.join(tmp, "new-"));
    fs.cpSync(SQLITE_MIGRATIONS, withNew, { recursive: true });
    fs.mkdirSync(path.join(withNew, "99999999999999_add_note"));
    fs.writeFileSync(path.join(withNew, "99999999999999_add_note", "migration.sql"), 'ALTER TABLE "Theme" ADD COLUMN "note" TEXT;\n');
    expect(await deployMigrations(config, { migrationsDir: withNew })).toEqual(["99999999999999_add_note"]);
    expect(await migrationStatus(config, { migrationsDir: withNew })).toMatchObject({ pending: [], drift: null, upToDate: true });
  });

  it("a broken migration while another process reads leaves the database exactly as it was", async () => {
    const config = await seededWalDatabase("in-use-broken.db");
    await otherProcess(config.filePath, `const db = new Database(file); db.prepare('SELECT COUNT(*) FROM "Statement"').get()`);
    const before = sqliteDump(config.filePath);
    await expectOneLineFailure(
      deployMigrations(config, { migrationsDir: brokenFolder(SQLITE_MIGRATIONS) }),
      new RegExp(`^migration ${BROKEN} failed: .*syntax error.*rolled back`),
    );
    expect(sqliteDump(config.filePath)).toEqual(before);
  });

  function sqliteDump(file: string) {
    const db = new Database(file, { readonly: true });
    try {
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
      return {
        schema: db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all(),
        // Sorted as text: FTS5's tables have no rowid to order by.
        rows: Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).all().map((row) => JSON.stringify(row, (_, value: unknown) => (Buffer.isBuffer(value) ? value.toString("hex") : value))).sort()])),
      };
    } finally {
      db.close();
    }
  }
});

describe("what the runner refuses, on both databases", () => {
  const databases: [string, () => Promise<{ config: DatabaseConfig; sql: (text: string) => Promise<unknown[]> }>][] = [
    [
      "SQLite",
      async () => {
        const config = sqliteConfig(`refuse-${Math.random().toString(36).slice(2)}.db`);
        return {
          config,
          sql: async (text) => {
            const db = new Database(config.filePath);
            try {
              const statement = db.prepare(text);
              return statement.reader ? statement.all() : (statement.run(), []);
            } finally {
              db.close();
            }
          },
        };
      },
    ],
    [
      "PostgreSQL",
      async () => {
        const config = await postgresConfig();
        return {
          config,
          sql: async (text) => {
            const client = new pg.Client({ connectionString: config.url });
            await client.connect();
            try {
              return (await client.query(text)).rows;
            } finally {
              await client.end();
            }
          },
        };
      },
    ],
  ];

  const copyOf = (provider: DatabaseConfig["provider"]) => {
    const dir = fs.mkdtempSync(path.join(tmp, "copy-"));
    fs.cpSync(provider === "sqlite" ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS, dir, { recursive: true });
    return dir;
  };
  const addMigration = (dir: string, name: string, script: string) => {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), script);
  };

  for (const [name, open] of databases) {
    it(`${name}: an applied migration whose migration.sql changed stops the deploy before it applies anything`, async () => {
      const { config, sql } = await open();
      await deployMigrations(config);
      const dir = copyOf(config.provider);
      const edited = localMigrations(dir)[1]!;
      fs.appendFileSync(path.join(dir, edited, "migration.sql"), "\n-- edited after being applied\n");
      addMigration(dir, "99999999999999_new_table", 'CREATE TABLE "NewTable" ("id" INTEGER);\n');

      await expectOneLineFailure(deployMigrations(config, { migrationsDir: dir }), new RegExp(`^migration ${edited} changed after being applied .*Nothing was applied\\.$`));
      expect(await sql(`SELECT migration_name FROM _prisma_migrations WHERE migration_name = '99999999999999_new_table'`)).toEqual([]);
      expect(await migrationStatus(config, { migrationsDir: dir })).toMatchObject({ edited: [edited], pending: ["99999999999999_new_table"], upToDate: false });
    });

    it(`${name}: a migration recorded as failed stops the deploy until it is marked rolled back`, async () => {
      const { config, sql } = await open();
      await deployMigrations(config);
      const dir = copyOf(config.provider);
      addMigration(dir, "99999999999999_fixed", 'CREATE TABLE "Fixed" ("id" INTEGER);\n');
      // What the stock CLI leaves after a migration failed half-way: a row never finished.
      await sql(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, started_at, applied_steps_count) VALUES ('failed-1', 'x', '99999999999999_fixed', 'syntax error', CURRENT_TIMESTAMP, 0)`,
      );

      await expectOneLineFailure(deployMigrations(config, { migrationsDir: dir }), /^migration 99999999999999_fixed is recorded as failed .*Nothing was applied\.$/);
      expect(await migrationStatus(config, { migrationsDir: dir })).toMatchObject({ failed: ["99999999999999_fixed"], upToDate: false });

      await sql(`UPDATE _prisma_migrations SET rolled_back_at = CURRENT_TIMESTAMP WHERE id = 'failed-1'`);
      expect(await deployMigrations(config, { migrationsDir: dir })).toEqual(["99999999999999_fixed"]);
      expect(await migrationStatus(config, { migrationsDir: dir })).toMatchObject({ upToDate: true });
    });

    it(`${name}: its _prisma_migrations rows are the ones Prisma's schema engine writes and accepts`, async () => {
      const { config } = await open();
      const migrationsList = readMigrationsList(config.provider === "sqlite" ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS);
      const filters = schemaFilter(config.provider);

      // Runner first: the engine (the stock CLI's own code) finds nothing to apply, edited or failed.
      await deployMigrations(config);
      const engine = await openSchemaEngine(config);
      try {
        expect((await engine.run("applyMigrations", { migrationsList, filters })).appliedMigrationNames).toEqual([]);
        const history = await engine.run("diagnoseMigrationHistory", { migrationsList, optInToShadowDatabase: false, filters });
        expect(history).toMatchObject({ hasMigrationsTable: true, editedMigrationNames: [], failedMigrationNames: [], history: null });
      } finally {
        await engine.close();
      }

      // Engine first: the runner agrees everything is applied.
      const other = config.provider === "sqlite" ? sqliteConfig(`engine-${Math.random().toString(36).slice(2)}.db`) : await postgresConfig();
      const second = await openSchemaEngine(other);
      try {
        await second.run("applyMigrations", { migrationsList, filters });
      } finally {
        await second.close();
      }
      expect(await deployMigrations(other)).toEqual([]);
      expect(await migrationStatus(other)).toMatchObject({ upToDate: true });
    });
  }
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
