/**
 * A fresh, migrated and seeded database with editor accounts, for the load and kill tests: a new
 * SQLite file under .tmp/faults by default, or a new database on the PostgreSQL server that
 * DATABASE_URL points at (its role needs CREATEDB).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createAuth } from "../auth/create-auth";
import { createUser } from "../auth/users";
import { createPrismaClient, type Db } from "../db/create-client";
import { parseDatabaseUrl, type DatabaseConfig } from "../db/database-url";
import { deployMigrations } from "../../scripts/db/runner";
import { readSeedCorpus } from "../seed/seed-files";
import { seedDatabase } from "../seed/seed-database";
import { createFreshDatabase, dropDatabase } from "./postgres-server";

export type EditorAccount = { email: string; password: string };

export type FaultDatabase = {
  url: string;
  config: DatabaseConfig;
  editors: EditorAccount[];
  /** Opens a Prisma client on it (the caller disconnects). */
  open(): Db;
  /** Deletes the SQLite file (and its WAL files) or drops the PostgreSQL database. */
  remove(): Promise<void>;
};

export async function prepareFaultDatabase(options: { name: string; serverUrl?: string; editors: number; authSecret: string }): Promise<FaultDatabase> {
  const suffix = `${Date.now()}-${randomBytes(3).toString("hex")}`;
  let url: string;
  let remove: () => Promise<void>;
  if (options.serverUrl && !options.serverUrl.startsWith("file:")) {
    const name = `faults_${options.name}_${suffix.replace(/-/g, "_")}`;
    url = await createFreshDatabase(options.serverUrl, name);
    remove = () => dropDatabase(options.serverUrl!, name);
  } else {
    const file = path.join(process.cwd(), ".tmp", "faults", `${options.name}-${suffix}.db`);
    url = `file:${file}`;
    remove = async () => {
      for (const extra of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${extra}`, { force: true });
    };
  }
  const config = parseDatabaseUrl(url);
  await deployMigrations(config);

  const db = createPrismaClient(config);
  const editors: EditorAccount[] = Array.from({ length: options.editors }, (_, index) => ({
    email: `load-editor-${index + 1}-${suffix}@example.org`,
    password: `load-password-${randomBytes(8).toString("hex")}`,
  }));
  try {
    await seedDatabase(db, readSeedCorpus());
    const auth = createAuth(db, { database: config, auth: { secret: options.authSecret, usesDevelopmentSecret: false }, production: true, logLevel: "error" });
    for (const editor of editors) await createUser(db, auth, { ...editor, role: "editor", name: editor.email.split("@")[0] });
  } finally {
    await db.$disconnect();
  }
  return { url, config, editors, open: () => createPrismaClient(config), remove };
}
