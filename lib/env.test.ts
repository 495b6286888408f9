import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv SITE_URL", () => {
  it("defaults to localhost:3000 and drops a trailing slash", () => {
    expect(parseEnv({}).siteUrl).toBe("http://localhost:3000");
    expect(parseEnv({ SITE_URL: "https://tracker.example.org/" }).siteUrl).toBe("https://tracker.example.org");
  });

  it("refuses anything that is not an http(s) address", () => {
    expect(() => parseEnv({ SITE_URL: "tracker.example.org" })).toThrow(/SITE_URL must be an http\(s\) address/);
    expect(() => parseEnv({ SITE_URL: "ftp://tracker.example.org" })).toThrow(/SITE_URL/);
  });
});
