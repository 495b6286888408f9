/**
 * Loads seeds/ into the database named by DATABASE_URL (npm run db:seed). Idempotent.
 * With --if-empty it does nothing when statements already exist (used by npm start).
 */
import { createPrismaClient } from "../../lib/db/create-client";
import { env } from "../../lib/env";
import { readSeedCorpus } from "../../lib/seed/seed-files";
import { seedDatabase } from "../../lib/seed/seed-database";
import { runCli } from "../run-cli";

runCli(async () => {
  const corpus = readSeedCorpus();
  const db = createPrismaClient(env().database);
  try {
    if (process.argv.includes("--if-empty") && (await db.statement.count()) > 0) {
      console.log("Database already has statements; not seeding.");
      return;
    }
    const report = await seedDatabase(db, corpus);
    for (const [entity, c] of Object.entries(report)) {
      console.log(`${entity}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
    }
  } finally {
    await db.$disconnect();
  }
});
