import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
      "@": path.resolve(import.meta.dirname),
    },
  },
  test: {
    environment: "node",
    // The property tests call POST /api/analyze's handler thousands of times as one client; its
    // per-client limit is tested on the real server (e2e/analyze-api.spec.ts).
    env: { ANALYZE_RATE_LIMIT: "0" },
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts"],
    // PostgreSQL suites start a throwaway server (lib/testing/postgres-server.ts).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
