import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDatabase, importDatabase, parseDump, serializeDump } from "../../lib/backup/dump";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { parseDatabaseUrl, type DatabaseConfig } from "../../lib/db/database-url";
import { deployMigrations } from "../../scripts/db/runner";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { seedDatabase } from "../../lib/seed/seed-database";
import { startPostgresServer, type PostgresServer } from "../../lib/testing/postgres-server";

const SECRET_PASSWORD_HASH = "scrypt$secret-hash-never-exported";
const SECRET_SESSION_TOKEN = "session-token-never-exported";

async function emptyDatabase(config: DatabaseConfig): Promise<Db> {
  await deployMigrations(config);
  return createPrismaClient(config);
}

/** The seed corpus plus what editors add: a user with a login, their statement edit and revision. */
async function fillDatabase(db: Db) {
  await seedDatabase(db, readSeedCorpus());
  const user = await db.user.create({ data: { name: "Élodie Durand", email: "elodie@example.org", role: "admin" } });
  await db.account.create({ data: { accountId: user.id, providerId: "credential", userId: user.id, password: SECRET_PASSWORD_HASH } });
  await db.session.create({ data: { token: SECRET_SESSION_TOKEN, userId: user.id, expiresAt: new Date("2030-01-01T00:00:00Z") } });
  const statement = await db.statement.update({
    where: { slug: "2023-11-28-nato-fr-foreign-ministers-china-not-adversary" },
    data: { createdById: user.id, summary: 'Dit « pas un adversaire », avec des "guillemets"\net une nouvelle ligne.', autoToneScore: 1.25 },
  });
  await db.revision.create({ data: { entityType: "statement", entityId: statement.id, version: 2, action: "update", next: JSON.stringify({ summary: statement.summary }), authorId: user.id } });
}

function dumpSuite(name: string, open: () => Promise<{ fresh: () => Promise<DatabaseConfig>; cleanup: () => Promise<void> }>) {
  describe(`db:export and db:import on ${name}`, () => {
    let fresh: () => Promise<DatabaseConfig>;
    let cleanup: () => Promise<void>;
    const clients: Db[] = [];
    let source: Db;
    let firstExport: string;

    beforeAll(async () => {
      ({ fresh, cleanup } = await open());
      source = await emptyDatabase(await fresh());
      clients.push(source);
      await fillDatabase(source);
      firstExport = serializeDump(await exportDatabase(source));
    });

    afterAll(async () => {
      for (const client of clients) await client.$disconnect();
      await cleanup?.();
    });

    it("exports every table but no password hash, session or account", async () => {
      const dump = parseDump(firstExport);
      expect(dump.statements).toHaveLength(await source.statement.count());
      expect(dump.sources).toHaveLength(await source.source.count());
      expect(dump.themes).toHaveLength(await source.theme.count());
      expect(dump.milestones).toHaveLength(await source.milestone.count());
      expect(dump.revisions).toHaveLength(await source.revision.count());
      expect(dump.users).toEqual([expect.objectContaining({ email: "elodie@example.org" })]);
      expect(firstExport).not.toContain(SECRET_PASSWORD_HASH);
      expect(firstExport).not.toContain(SECRET_SESSION_TOKEN);
      expect(Object.keys(dump)).toEqual(["format", "version", "users", "themes", "sources", "milestones", "statements", "revisions"]);
    });

    it("gives byte-identical files after export → import → export", async () => {
      const target = await emptyDatabase(await fresh());
      clients.push(target);
      await importDatabase(target, parseDump(firstExport));
      expect(serializeDump(await exportDatabase(target))).toBe(firstExport);
      const statement = await target.statement.findUniqueOrThrow({ where: { slug: "2023-11-28-nato-fr-foreign-ministers-china-not-adversary" }, include: { createdBy: true } });
      expect(statement.summary).toContain("« pas un adversaire »");
      expect(statement.createdBy?.name).toBe("Élodie Durand");
      const themed = await target.statement.findUniqueOrThrow({ where: { slug: "2024-07-10-washington-declaration-decisive-enabler" }, include: { themes: true } });
      expect(themed.themes.map((theme) => theme.slug)).toContain("russia-ukraine");
    });

    it("refuses a database that is not empty, naming what is in it", async () => {
      await expect(importDatabase(source, parseDump(firstExport))).rejects.toThrow(/the database is not empty \(1 users, \d+ themes/);
    });

    it("loads nothing when a row fails (one transaction)", async () => {
      const target = await emptyDatabase(await fresh());
      clients.push(target);
      const broken = parseDump(firstExport);
      broken.revisions = [...broken.revisions, { ...broken.revisions[0]!, id: broken.revisions[0]!.id }];
      await expect(importDatabase(target, broken)).rejects.toThrow();
      expect(await target.statement.count()).toBe(0);
      expect(await target.user.count()).toBe(0);
    });
  });
}

describe("parseDump", () => {
  it.each([
    ["not json", /not valid JSON/],
    ['{"format":"other","version":1}', /format/],
    [JSON.stringify({ format: "nato-china-tracker-dump", version: 1, users: [] }), /themes/],
  ])("refuses %s with one line", (text, message) => {
    expect(() => parseDump(text)).toThrow(message);
  });
});

dumpSuite("SQLite", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nct-dump-"));
  let n = 0;
  return {
    fresh: async () => parseDatabaseUrl(`file:${path.join(dir, `db-${n++}.db`)}`),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
});

let server: PostgresServer | undefined;
dumpSuite("PostgreSQL", async () => {
  server = await startPostgresServer();
  const started = server;
  return { fresh: async () => parseDatabaseUrl(await started.createDatabase()), cleanup: () => started.stop() };
});

describe("a dump moves between databases", () => {
  it("SQLite's export loads into PostgreSQL and exports to the same bytes", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nct-dump-x-"));
    const postgres = await startPostgresServer();
    const sqlite = await emptyDatabase(parseDatabaseUrl(`file:${path.join(dir, "x.db")}`));
    const pg = await emptyDatabase(parseDatabaseUrl(postgres.url));
    try {
      await fillDatabase(sqlite);
      const text = serializeDump(await exportDatabase(sqlite));
      await importDatabase(pg, parseDump(text));
      expect(serializeDump(await exportDatabase(pg))).toBe(text);
    } finally {
      await sqlite.$disconnect();
      await pg.$disconnect();
      await postgres.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
