/**
 * `npm run db:deploy`: applies pending migrations to the database named by DATABASE_URL (default:
 * the SQLite file data/tracker.db, created if missing), like `prisma migrate deploy`, with the
 * migration runner (scripts/db/runner). A failed migration leaves the database as it was.
 */
import { parseDatabaseUrl } from "../../lib/db/database-url";
import { deployMigrations } from "./runner";
import { describeDatabase, relativePath, runCommand } from "./runner/cli";
import { resolveMigrationsDir } from "./runner/local-migrations";

runCommand("db:deploy", async () => {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  const applied = await deployMigrations(config);
  const where = describeDatabase(config);
  if (applied.length === 0) {
    console.log(`${where} is up to date: no pending migrations in ${relativePath(resolveMigrationsDir(config.provider))}.`);
  } else {
    console.log(`Applied ${applied.length} migration${applied.length === 1 ? "" : "s"} to ${where}: ${applied.join(", ")}.`);
  }
});
