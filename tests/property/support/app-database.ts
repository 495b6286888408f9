import { vi } from "vitest";
import { openTestDatabase, type OpenedDatabase, type TestDatabase } from "../../support/databases";

/**
 * A migrated and seeded database that the app's own modules use: lib/db/client.ts builds its
 * client from DATABASE_URL once per module graph, so the graph is reset and DATABASE_URL set
 * before the routes and actions are imported (dynamically, after this resolves).
 */
export async function openAppDatabase(open: () => Promise<OpenedDatabase>): Promise<TestDatabase> {
  const database = await openTestDatabase(open, { seed: true });
  vi.resetModules();
  delete (globalThis as { db?: unknown }).db;
  process.env.DATABASE_URL = database.config.url;
  return {
    ...database,
    close: async () => {
      const { db } = await import("../../../lib/db/client");
      await db.$disconnect();
      delete (globalThis as { db?: unknown }).db;
      await database.close();
    },
  };
}
