import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { firstLoadJs } from "./first-load-js";

const nextDir = fs.mkdtempSync(path.join(os.tmpdir(), "first-load-js-"));
afterAll(() => fs.rmSync(nextDir, { recursive: true, force: true }));

function write(file: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(nextDir, file)), { recursive: true });
  fs.writeFileSync(path.join(nextDir, file), content);
}

function chunk(name: string, size: number): { file: string; gzip: number } {
  const file = `static/chunks/${name}.js`;
  // Not all one letter, so gzip sizes differ between chunks.
  const content = Array.from({ length: size }, (_, i) => String.fromCharCode(97 + ((i * 7 + name.length) % 26))).join("");
  write(file, content);
  return { file, gzip: gzipSync(content).length };
}

function manifest(route: string, entries: Record<string, string[]>) {
  const key = route === "/" ? "/page" : `${route}/page`;
  write(
    `server/app/${key.slice(1)}_client-reference-manifest.js`,
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(key)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles: entries })};`,
  );
}

const runtime = chunk("runtime", 3000);
const framework = chunk("framework", 9000);
const polyfill = chunk("polyfill", 5000);
const layout = chunk("layout", 2000);
const timeline = chunk("timeline", 4000);
const statement = chunk("statement", 500);
write(
  "build-manifest.json",
  JSON.stringify({ polyfillFiles: [polyfill.file], rootMainFiles: [runtime.file, framework.file], lowPriorityFiles: [] }),
);
manifest("/", { "[project]/app/layout": [layout.file], "[project]/app/page": [layout.file, timeline.file] });
manifest("/statements/[slug]", { "[project]/app/layout": [layout.file], "[project]/app/statements/[slug]/page": [layout.file, statement.file] });

describe("first-load JS", () => {
  it("adds the root main files to the route's own chunks, counting shared chunks once and skipping polyfills", () => {
    const sizes = firstLoadJs(nextDir, ["/", "/statements/[slug]"]);
    const base = runtime.gzip + framework.gzip + layout.gzip;
    expect(sizes["/"]).toBe(base + timeline.gzip);
    expect(sizes["/statements/[slug]"]).toBe(base + statement.gzip);
  });

  it("names a route that has no manifest", () => {
    expect(() => firstLoadJs(nextDir, ["/trends"])).toThrow(/No client reference manifest for \/trends/);
  });
});
