import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "./create-client";
import { parseDatabaseUrl } from "./database-url";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("SQLite connections", () => {
  it("put the database file in write-ahead-log mode, so a killed process keeps every committed transaction", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nct-wal-"));
    dirs.push(dir);
    const file = path.join(dir, "wal.db");
    const db = createPrismaClient(parseDatabaseUrl(`file:${file}`));
    try {
      const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode?.journal_mode).toBe("wal");
    } finally {
      await db.$disconnect();
    }
    // The mode is a property of the file: another program opening it sees it too.
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      raw.close();
    }
  });
});
