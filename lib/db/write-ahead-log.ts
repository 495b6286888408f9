import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Puts every SQLite connection the app opens in write-ahead-log mode. A process killed mid-write
 * then leaves the last committed transaction intact (the log is replayed or discarded on the next
 * open), and readers never wait for a writer. The mode is stored in the file, so setting it again
 * on each connection is a no-op; the adapter has no option for pragmas, hence the wrapper.
 * Migrations keep their own connections: the schema engine holds several at once, and switching
 * the mode needs the file to itself.
 */
export function withWriteAheadLog(inner: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async (): Promise<SqlDriverAdapter> => {
      const adapter = await inner.connect();
      await adapter.executeScript("PRAGMA journal_mode = WAL");
      return adapter;
    },
    connectToShadowDb: () => inner.connectToShadowDb(),
  };
}
