import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/**
 * A driver adapter that forwards every call to `adapter` except the ones in `overrides`. The
 * adapters keep state in private class fields, so they are delegated to, never subclassed or
 * used as a prototype.
 */
export function wrapAdapter(adapter: SqlDriverAdapter, overrides: Partial<SqlDriverAdapter>): SqlDriverAdapter {
  const wrapped: SqlDriverAdapter = {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    dispose: () => adapter.dispose(),
  };
  if (adapter.getConnectionInfo) {
    const getConnectionInfo = adapter.getConnectionInfo.bind(adapter);
    wrapped.getConnectionInfo = () => getConnectionInfo();
  }
  return Object.assign(wrapped, overrides);
}
