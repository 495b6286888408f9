/**
 * Generates both Prisma clients from the one data model: prisma/schema.prisma (SQLite) and the
 * PostgreSQL variant derived from it. The schema engine binary is never downloaded here (see
 * docs/decisions/0002-migrations-with-the-wasm-engine.md); generate does not need it.
 */
import { execFileSync } from "node:child_process";
import { writePostgresSchema } from "../../lib/db/schema-variants";

const postgresSchema = writePostgresSchema();
for (const schema of ["prisma/schema.prisma", postgresSchema]) {
  execFileSync("npx", ["prisma", "generate", "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("Generated Prisma clients for SQLite and PostgreSQL.");
