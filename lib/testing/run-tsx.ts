import { spawn } from "node:child_process";
import path from "node:path";

/**
 * Runs a TypeScript entry point (an npm script's, a fault script) with tsx as its own process, to
 * the end, and returns its exit code and everything it printed. Tests use it for what must run
 * outside their own process: the command-line scripts import the generated Prisma client (ESM),
 * which Playwright's loader cannot, and a migration or user script is tested as users run it.
 */
export async function runTsx(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), [script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { code, output };
}
