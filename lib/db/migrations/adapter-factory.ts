/**
 * The driver adapter factory handed to the schema engine for one database: the app's own adapter
 * for SQLite (lib/db/adapter.ts) plus the shadow database fix, or the PostgreSQL migration factory.
 * Every connection it opens is remembered so that closing the engine closes them all (the engine
 * does not dispose the adapters it was given).
 */
import fs from "node:fs";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "../adapter";
import type { DatabaseConfig } from "../database-url";
import { createPostgresMigrationFactory } from "./postgres";
import { withMultiStatementExecuteRaw } from "./sqlite-shadow";
import { wrapAdapter } from "./wrap-adapter";

export interface MigrationAdapterFactory {
  /** For SchemaEngine.new: the factory wrapped with bindMigrationAwareSqlAdapterFactory. */
  bound: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Disposes every connection opened so far, main and shadow. */
  dispose(): Promise<void>;
}

export function createMigrationAdapterFactory(config: DatabaseConfig): MigrationAdapterFactory {
  const raw = config.provider === "sqlite" ? sqliteFactory(config) : createPostgresMigrationFactory(config.url);
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    let disposed: Promise<void> | undefined;
    const tracked = wrapAdapter(adapter, {
      dispose: () => {
        open.delete(tracked);
        disposed ??= adapter.dispose();
        return disposed;
      },
    });
    open.add(tracked);
    return tracked;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: raw.provider,
    adapterName: raw.adapterName,
    connect: async () => track(await raw.connect()),
    connectToShadowDb: async () => track(await raw.connectToShadowDb()),
  };
  return {
    bound: bindMigrationAwareSqlAdapterFactory(tracking),
    dispose: async () => {
      const results = await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
      const failure = results.find((result) => result.status === "rejected");
      if (failure) throw failure.reason;
    },
  };
}

function sqliteFactory(config: Extract<DatabaseConfig, { provider: "sqlite" }>): SqlMigrationAwareDriverAdapterFactory {
  const base = createAdapterFactory(config);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => {
      if (config.filePath !== ":memory:") fs.mkdirSync(path.dirname(config.filePath), { recursive: true });
      return base.connect();
    },
    // The shadow database is an in-memory SQLite database.
    connectToShadowDb: async () => withMultiStatementExecuteRaw(await base.connectToShadowDb()),
  };
}
