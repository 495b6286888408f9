/**
 * PostgreSQL `"char"` fix. The engine's introspection reads catalog columns of the internal
 * one-byte type "char" (type OID 18, e.g. pg_constraint.contype), which @prisma/adapter-pg cannot
 * map to a column type ("Unsupported native data type"). Their values arrive as short strings
 * anyway, so a pg Client that reports such fields as text (OID 25) fixes it. Pass the class as the
 * `Client` option of a pg Pool (PrismaPg forwards its config to the pool).
 */
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

type Callback = (error: Error | null, result?: unknown) => void;

export class CharAsTextClient extends pg.Client {
  // pg's query() has many overloads (text, config object, submittable; callback or promise).
  // Results are fixed up in place and everything else is passed through untouched.
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const query = super.query.bind(this) as (...args: unknown[]) => unknown;
    if (config && typeof (config as { submit?: unknown }).submit === "function") {
      return query(config, values, callback) as never;
    }
    if (typeof values === "function") {
      callback = values;
      values = undefined;
    }
    if (typeof callback === "function") {
      const done = callback as Callback;
      return query(config, values, (error: Error | null, result?: unknown) =>
        done(error, error ? result : reportCharAsText(result)),
      ) as never;
    }
    return (query(config, values) as Promise<unknown>).then(reportCharAsText) as never;
  }
}

function reportCharAsText<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}
