/**
 * One schema engine on one database: the wasm SchemaEngine driven through a driver adapter
 * factory, with engine errors turned into MigrationError (one line) and a close() that frees the
 * engine and every connection it opened.
 */
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseConfig } from "../database-url";
import { createMigrationAdapterFactory, type MigrationAdapterFactory } from "./adapter-factory";
import { describeError, MigrationError, toMigrationError } from "./errors";
import { loadSchemaEngineWasm } from "./wasm";

type EngineMethod = "applyMigrations" | "createMigration" | "devDiagnostic" | "diagnoseMigrationHistory";

export interface OpenEngine {
  /** Calls one engine command; failures become a MigrationError with a one-line message. */
  run<M extends EngineMethod>(
    method: M,
    input: Parameters<SchemaEngine[M]>[0],
  ): Promise<Awaited<ReturnType<SchemaEngine[M]>>>;
  /** The engine's log lines so far (JSON strings from its tracing), for debugging. */
  logs: string[];
  close(): Promise<void>;
}

export async function openSchemaEngine(config: DatabaseConfig, schemaFiles?: [string, string][]): Promise<OpenEngine> {
  const wasm = await loadSchemaEngineWasm();
  const adapters = createMigrationAdapterFactory(config);
  const logs: string[] = [];
  let engine: SchemaEngine;
  try {
    engine = await wasm.SchemaEngine.new({ datamodels: schemaFiles }, (line: string) => logs.push(line), adapters.bound);
  } catch (error) {
    await adapters.dispose().catch(() => undefined);
    throw new MigrationError(`cannot open the ${label(config)} database: ${describeError(lookup(adapters, error))}`, {
      cause: error,
    });
  }
  let closed = false;
  return {
    logs,
    run: async (method, input) => {
      try {
        // Call through the engine object: a detached method loses its wasm pointer.
        return await (engine[method] as (arg: typeof input) => Promise<never>).call(engine, input);
      } catch (error) {
        throw toMigrationError(lookup(adapters, error));
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      engine.free();
      await adapters.dispose();
    },
  };
}

function label(config: DatabaseConfig): string {
  return config.provider === "sqlite" ? `SQLite (${config.filePath})` : "PostgreSQL";
}

/**
 * A JS error thrown inside an adapter call is kept in the bound factory's error registry and the
 * engine only reports "External error id#N"; put the original message back in its place.
 */
function lookup(adapters: MigrationAdapterFactory, error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const message = error.message.replace(/External error id#(\d+)/g, (text, id: string) => {
    const original = adapters.bound.errorRegistry.consumeError(Number(id))?.error;
    return original instanceof Error ? original.message.split("\n")[0] ?? text : original ? String(original) : text;
  });
  if (message === error.message) return error;
  return Object.assign(new Error(message, { cause: error }), { name: error.name, code: (error as { code?: unknown }).code });
}
