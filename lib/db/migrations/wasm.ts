/**
 * Loads Prisma's schema engine (@prisma/schema-engine-wasm) on plain Node 20.
 *
 * `import "@prisma/schema-engine-wasm"` would import the .wasm file as an ES module, which Node 20
 * only does with --experimental-wasm-modules. Instead we import the package's JS glue module,
 * instantiate the .wasm bytes ourselves with the glue as its import object, and hand the
 * instance's exports back to the glue: what the package's own entry module does.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngineWasm = typeof glue;

type WasmExports = WebAssembly.Exports & { __wbindgen_start(): void };
type GlueInternals = { __wbg_set_wasm(exports: WebAssembly.Exports): void };

// One instance per process. Test runners may evaluate this module more than once while the glue
// module (a plain node_modules import) stays shared, and the glue holds a single instance: keep the
// promise on globalThis so it is instantiated exactly once.
const CACHE = Symbol.for("nato-china-tracker.schema-engine-wasm");
const globalCache = globalThis as typeof globalThis & { [CACHE]?: Promise<SchemaEngineWasm> };

/** The panic message of the last Rust panic inside the engine, if any (see engine.ts). */
export function lastWasmPanic(): string | undefined {
  return panicRegistry.message;
}

const panicRegistry: { message?: string; set_message(message: string): void } = {
  set_message(message: string) {
    panicRegistry.message = message;
  },
};

export function loadSchemaEngineWasm(): Promise<SchemaEngineWasm> {
  globalCache[CACHE] ??= instantiate().catch((error: unknown) => {
    delete globalCache[CACHE];
    throw error;
  });
  return globalCache[CACHE];
}

async function instantiate(): Promise<SchemaEngineWasm> {
  // The engine reports the reason of a Rust panic through this global before it traps.
  const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry };
  holder.PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

  const bytes = await fs.promises.readFile(wasmFilePath());
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  (glue as unknown as GlueInternals).__wbg_set_wasm(instance.exports);
  (instance.exports as WasmExports).__wbindgen_start();
  return glue;
}

/** The package exports only its JS modules, so find the .wasm file next to the glue module. */
function wasmFilePath(): string {
  // __filename under tsx (CommonJS), import.meta.url under ESM runners such as vitest.
  const here = typeof __filename === "string" ? __filename : new URL(import.meta.url).pathname;
  const glueFile = createRequire(here).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  return path.join(path.dirname(glueFile), "schema_engine_bg.wasm");
}
