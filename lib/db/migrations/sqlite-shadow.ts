/**
 * SQLite shadow database fix. To rebuild the schema from the migration history the engine sends
 * each migration's whole script through `executeRaw`, and better-sqlite3 prepares one statement at
 * a time, so it refuses ("The supplied SQL string contains more than one statement"). Such a call
 * is routed to `executeScript`, which runs a multi-statement script.
 */
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { wrapAdapter } from "./wrap-adapter";

export function withMultiStatementExecuteRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = async (query: SqlQuery): Promise<number> => {
    try {
      return await adapter.executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && isMultiStatementError(error)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return wrapAdapter(adapter, { executeRaw });
}

function isMultiStatementError(error: unknown): boolean {
  return error instanceof RangeError && /more than one statement/i.test(error.message);
}
