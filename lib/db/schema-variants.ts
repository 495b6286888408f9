import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";

/**
 * A line of prisma/schema.prisma that only PostgreSQL understands, kept as a comment there:
 * `// postgresql: @@index(...)`. The derived schema has it uncommented.
 */
const POSTGRES_ONLY_LINE = /^(\s*)\/\/ postgresql: /gm;

/**
 * The PostgreSQL schema is the SQLite one with the provider and client output changed and the
 * PostgreSQL-only lines uncommented.
 */
export function derivePostgresSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(POSTGRES_ONLY_LINE, "$1")
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output       = "../../lib/generated/postgresql"');
  if (!replaced.includes('"postgresql"') || !replaced.includes("generated/postgresql")) {
    throw new Error(`${SQLITE_SCHEMA}: expected provider "sqlite" and output "../lib/generated/sqlite"`);
  }
  return `// Generated from ${SQLITE_SCHEMA} by npm run db:generate. Do not edit.\n${replaced}`;
}

export function writePostgresSchema(root = process.cwd()): string {
  const source = fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8");
  const target = path.join(root, POSTGRES_SCHEMA);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, derivePostgresSchema(source));
  return POSTGRES_SCHEMA;
}
