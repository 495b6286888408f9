import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, SQLITE_SCHEMA } from "./schema-variants";

describe("derivePostgresSchema", () => {
  const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8");
  const postgres = derivePostgresSchema(sqlite);

  it("switches the provider and the client output", () => {
    expect(postgres).toMatch(/provider = "postgresql"/);
    expect(postgres).toContain('"../../lib/generated/postgresql"');
    expect(postgres).not.toMatch(/provider\s*=\s*"sqlite"/);
  });

  it("uncomments the PostgreSQL-only lines, which SQLite's schema keeps as comments", () => {
    expect(sqlite).toMatch(/^\s*\/\/ postgresql: @@index\(\[searchText\(ops: raw\("gin_trgm_ops"\)\)\], type: Gin/m);
    expect(postgres).toMatch(/^\s*@@index\(\[searchText\(ops: raw\("gin_trgm_ops"\)\)\], type: Gin, map: "Statement_searchText_trgm_idx"\)$/m);
    expect(postgres).not.toContain("// postgresql: ");
  });
});
