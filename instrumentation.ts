/**
 * Runs once when the server starts. The check lives in its own module, loaded only on the
 * Node.js runtime, because it ends the process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/check-env-on-start");
}
