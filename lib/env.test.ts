import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database in development", () => {
    expect(parseEnv({})).toMatchObject({ nodeEnv: "development", database: { provider: "sqlite" } });
  });

  it("fails with one line naming the variable", () => {
    expect(() => parseEnv({ NODE_ENV: "staging" })).toThrow("NODE_ENV must be development, production or test");
    expect(() => parseEnv({ DATABASE_URL: "mysql://db" })).toThrow(/^DATABASE_URL must be a SQLite file URL/);
  });

  it("defaults SITE_URL to localhost:3000 and drops a trailing slash", () => {
    expect(parseEnv({}).siteUrl).toBe("http://localhost:3000");
    expect(parseEnv({ SITE_URL: "https://tracker.example.org/" }).siteUrl).toBe("https://tracker.example.org");
  });

  it("refuses a SITE_URL that is not an http(s) address", () => {
    expect(() => parseEnv({ SITE_URL: "tracker.example.org" })).toThrow(/SITE_URL must be an http\(s\) address/);
    expect(() => parseEnv({ SITE_URL: "ftp://tracker.example.org" })).toThrow(/SITE_URL/);
  });
});
