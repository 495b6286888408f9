import { describe, expect, it } from "vitest";
import { developmentSecret, parseAuthConfig, parseEnv } from "./env";

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

describe("parseAuthConfig", () => {
  it("requires BETTER_AUTH_SECRET in production, saying how to make one", () => {
    expect(() => parseAuthConfig({}, "production")).toThrow(/BETTER_AUTH_SECRET is required in production.*openssl rand -base64 32/);
  });

  it("uses a stable development secret elsewhere, and says so", () => {
    expect(parseAuthConfig({}, "development")).toEqual({ secret: developmentSecret(), usesDevelopmentSecret: true, baseURL: undefined });
    expect(developmentSecret()).toBe(developmentSecret());
  });

  it("refuses a short secret", () => {
    expect(() => parseAuthConfig({ BETTER_AUTH_SECRET: "short" }, "production")).toThrow(/at least 32 characters/);
    expect(parseAuthConfig({ BETTER_AUTH_SECRET: "x".repeat(32) }, "production").usesDevelopmentSecret).toBe(false);
  });
});
