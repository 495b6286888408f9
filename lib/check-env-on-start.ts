import { env } from "./env";

// An unusable environment stops the server with one readable line instead of failing on the
// first request.
try {
  env();
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
