/**
 * The driver adapter factory the schema engine uses for PostgreSQL:
 * - catalog columns of type "char" are reported as text (postgres-char-type.ts);
 * - a migration script runs as one multi-statement query, which PostgreSQL executes as a single
 *   implicit transaction: a failing migration leaves none of its statements behind, as with the
 *   native engine (the adapter's own executeScript splits on ";" and runs the pieces one by one);
 * - the shadow database is a real temporary database, created on connect and dropped on dispose
 *   (the adapter's own one is silently the main database when given a connection string).
 */
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { CharAsTextClient } from "./postgres-char-type";
import { wrapAdapter } from "./wrap-adapter";

export function createPostgresMigrationFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg({ connectionString: url, Client: CharAsTextClient });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => withAtomicScripts(await main.connect()),
    connectToShadowDb: () => connectToTemporaryDatabase(url),
  };
}

/** Creates an empty database next to `url`'s, connected to; dropped again when disposed. */
export async function connectToTemporaryDatabase(url: string, prefix = "prisma_shadow"): Promise<SqlDriverAdapter> {
  const name = `${prefix}_${randomBytes(8).toString("hex")}`;
  const admin = await new PrismaPg({ connectionString: url, Client: CharAsTextClient }).connect();
  try {
    await admin.executeScript(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await admin.dispose();
    throw error;
  }
  const database = await new PrismaPg({ connectionString: withDatabase(url, name), Client: CharAsTextClient }).connect();
  let disposed = false;
  return wrapAdapter(withAtomicScripts(database), {
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      try {
        await database.dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.dispose();
      }
    },
  });
}

/** `url` pointing at another database on the same server, keeping credentials and parameters. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(database)}`;
  return next.toString();
}

function withAtomicScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return wrapAdapter(adapter, {
    // No parameters: pg sends the text with the simple query protocol, which accepts several
    // statements and runs them in one transaction. Errors are mapped by the adapter as usual.
    executeScript: async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    },
  });
}
