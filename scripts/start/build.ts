/**
 * `next build` only when the app's sources changed since the last build. The inputs (app/,
 * components/, lib/ with its generated Prisma clients, messages/, public/, the config files and
 * package-lock.json for node_modules) are hashed and the hash is stored in .next with the build's
 * BUILD_ID, so a second `npm start` comes up in seconds instead of rebuilding (20 s to minutes on
 * a loaded two-core machine). The environment is not an input: every route but two static files
 * renders per request, and next.config.js reads only NODE_ENV, which `next build` fixes.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUT_DIRS = ["app", "components", "lib", "messages", "public"];
const INPUT_FILES = ["next.config.js", "postcss.config.mjs", "tsconfig.json", "package.json", "package-lock.json", "proxy.ts", "instrumentation.ts"];
const STAMP = "build-inputs.json";

export function hashBuildInputs(root = process.cwd()): string {
  const hash = createHash("sha256");
  const add = (relative: string) => {
    hash.update(`${relative}\0`);
    hash.update(fs.readFileSync(path.join(root, relative)));
    hash.update("\0");
  };
  const walk = (relative: string) => {
    const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) add(child);
    }
  };
  for (const dir of INPUT_DIRS) if (fs.existsSync(path.join(root, dir))) walk(dir);
  for (const file of INPUT_FILES) if (fs.existsSync(path.join(root, file))) add(file);
  return hash.digest("hex");
}

type Stamp = { inputs: string; buildId: string };

function buildId(root: string): string | null {
  const file = path.join(root, ".next", "BUILD_ID");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : null;
}

/** Whether .next holds a complete build of exactly these inputs. */
export function buildIsCurrent(inputs: string, root = process.cwd()): boolean {
  const id = buildId(root);
  if (!id) return false;
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(root, ".next", STAMP), "utf8")) as Stamp;
    return stamp.inputs === inputs && stamp.buildId === id;
  } catch {
    return false;
  }
}

/** Builds unless .next is a build of the current sources; returns whether it built. Throws when the build fails. */
export function buildIfChanged(root = process.cwd()): boolean {
  // Hashed before building: a source edited during the build makes the next start rebuild.
  const inputs = hashBuildInputs(root);
  if (buildIsCurrent(inputs, root)) return false;
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (${result.signal ?? `exit status ${result.status}`}); its output is above`);
  const id = buildId(root);
  if (!id) throw new Error("next build left no .next/BUILD_ID");
  fs.writeFileSync(path.join(root, ".next", STAMP), JSON.stringify({ inputs, buildId: id } satisfies Stamp));
  return true;
}
