import { describe, expect, it } from "vitest";
import { developmentSecret, parseAuthConfig } from "./env";

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
