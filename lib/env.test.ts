import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function freshEnv() {
  return (await import("./env")).env();
}

describe("env", () => {
  it("defaults to the embedded database in development", async () => {
    vi.stubEnv("DATABASE_URL", undefined);
    vi.stubEnv("NODE_ENV", undefined);
    expect(await freshEnv()).toMatchObject({ nodeEnv: "development", database: { provider: "sqlite" } });
  });

  it("fails with one line naming the variable", async () => {
    vi.stubEnv("NODE_ENV", "staging");
    await expect(freshEnv()).rejects.toThrow("NODE_ENV must be development, production or test");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "mysql://db");
    await expect(freshEnv()).rejects.toThrow(/^DATABASE_URL must be a SQLite file URL/);
  });
});
