/** npm run db:export -- FILE: writes the whole database named by DATABASE_URL to FILE (lib/backup/dump.ts). */
import fs from "node:fs";
import { exportDatabase, serializeDump } from "../../lib/backup/dump";
import { createPrismaClient } from "../../lib/db/create-client";
import { env } from "../../lib/env";
import { runCli } from "../run-cli";

runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new Error("usage: npm run db:export -- FILE");
  const db = createPrismaClient(env().database);
  try {
    const dump = await exportDatabase(db);
    fs.writeFileSync(file, serializeDump(dump));
    console.log(`Wrote ${dump.statements.length} statements, ${dump.sources.length} sources, ${dump.themes.length} themes, ${dump.milestones.length} milestones, ${dump.revisions.length} revisions and ${dump.users.length} users to ${file}`);
  } finally {
    await db.$disconnect();
  }
});
