import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_SECRET_LENGTH } from "../env";
import { ensureSecretFile } from "./ensure-secret-file";

function tempFile(content?: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nct-secret-")), ".env.production.local");
  if (content !== undefined) fs.writeFileSync(file, content);
  return file;
}

describe("ensureSecretFile", () => {
  it("writes a random secret long enough for production, once", () => {
    const file = tempFile("SITE_URL=https://example.org");
    expect(ensureSecretFile(file, {})).toBe(true);
    const written = fs.readFileSync(file, "utf8");
    expect(written).toMatch(/^SITE_URL=https:\/\/example.org\nBETTER_AUTH_SECRET=\S+\n$/);
    expect(written.split("BETTER_AUTH_SECRET=")[1]!.trim().length).toBeGreaterThanOrEqual(MIN_SECRET_LENGTH);
    expect(ensureSecretFile(file, {})).toBe(false);
    expect(fs.readFileSync(file, "utf8")).toBe(written);
  });

  it("leaves everything alone when the environment already has a secret", () => {
    const file = tempFile();
    expect(ensureSecretFile(file, { BETTER_AUTH_SECRET: "x".repeat(32) })).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("gives two installations different secrets", () => {
    const a = tempFile();
    const b = tempFile();
    ensureSecretFile(a, {});
    ensureSecretFile(b, {});
    expect(fs.readFileSync(a, "utf8")).not.toBe(fs.readFileSync(b, "utf8"));
  });
});
