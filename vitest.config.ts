import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "server-only": path.resolve(__dirname, "tests/support/empty.ts"),
      "@": path.resolve(__dirname),
    },
  },
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts"],
    // PostgreSQL suites start a throwaway server (lib/testing/postgres-server.ts).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
