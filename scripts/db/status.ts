/**
 * `npm run db:status`: which migrations are applied, pending or failed on the database named by
 * DATABASE_URL, and whether its schema drifted, like `prisma migrate status` (scripts/db/runner).
 * Exits 1 when the database is not up to date (as the Prisma CLI does), 0 when it is.
 */
import { parseDatabaseUrl } from "../../lib/db/database-url";
import { migrationStatus } from "./runner";
import { describeDatabase, relativePath, runCommand } from "./runner/cli";

runCommand("db:status", async () => {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  const status = await migrationStatus(config);
  const list = (names: string[]) => (names.length ? names.join(", ") : "none");
  console.log(`${describeDatabase(config)}, migrations in ${relativePath(status.migrationsDir)} (${status.local.length})`);
  console.log(`  applied: ${list(status.applied)}`);
  console.log(`  pending: ${list(status.pending)}`);
  if (status.failed.length) console.log(`  failed: ${list(status.failed)}`);
  if (status.edited.length) console.log(`  edited after being applied: ${list(status.edited)}`);
  if (status.missingLocally.length) console.log(`  applied but missing from the folder: ${list(status.missingLocally)}`);
  if (status.drift) console.log(`  drift: ${status.drift}`);
  if (status.driftNotChecked) console.log(`  drift: not checked (${status.driftNotChecked})`);
  if (status.upToDate) {
    console.log("Database schema is up to date.");
    return 0;
  }
  const problems = [
    status.pending.length && `${status.pending.length} pending (run npm run db:deploy)`,
    status.failed.length && `${status.failed.length} failed`,
    status.edited.length && `${status.edited.length} edited`,
    status.missingLocally.length && `${status.missingLocally.length} missing locally`,
    status.drift && "schema drift",
  ].filter(Boolean);
  console.log(`Database is not up to date: ${problems.join(", ")}.`);
  return 1;
});
