import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

/**
 * The JavaScript a modern browser downloads on the first load of an App Router route, as gzip
 * bytes (`next start` serves gzip): the build's root main files (runtime and framework, in every
 * page's HTML) plus every chunk the route's client reference manifest lists for its segments
 * (layouts, page, error and not-found boundaries). Each file counts once. Polyfills are left out:
 * they load only in browsers without ES modules.
 */
export function firstLoadJs(nextDir: string, routes: readonly string[]): Record<string, number> {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const rootMainFiles = buildManifest.rootMainFiles ?? [];
  return Object.fromEntries(
    routes.map((route) => {
      const files = new Set([...rootMainFiles, ...routeEntryFiles(nextDir, route)]);
      const bytes = [...files].reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(nextDir, file))).length, 0);
      return [route, bytes];
    }),
  );
}

function routeEntryFiles(nextDir: string, route: string): string[] {
  const pageKey = route === "/" ? "/page" : `${route}/page`;
  const file = path.join(nextDir, "server", "app", `${pageKey.slice(1)}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) throw new Error(`No client reference manifest for ${route} in ${nextDir}: is the build there and the route right?`);
  // The manifest is a script that assigns to globalThis.__RSC_MANIFEST; run it in a context of its own.
  const context: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  const manifest = context.__RSC_MANIFEST?.[pageKey];
  if (!manifest?.entryJSFiles) throw new Error(`${file} has no entryJSFiles for ${pageKey}`);
  return Object.values(manifest.entryJSFiles).flat();
}
