/** npm run db:import -- FILE: loads a db:export file into the empty database named by DATABASE_URL. */
import fs from "node:fs";
import { importDatabase, parseDump } from "../../lib/backup/dump";
import { createPrismaClient } from "../../lib/db/create-client";
import { env } from "../../lib/env";
import { runCli } from "../run-cli";

runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new Error("usage: npm run db:import -- FILE");
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  const dump = parseDump(fs.readFileSync(file, "utf8"));
  const db = createPrismaClient(env().database);
  try {
    const counts = await importDatabase(db, dump);
    console.log(`Imported ${Object.entries(counts).map(([table, count]) => `${count} ${table}`).join(", ")} from ${file}`);
  } finally {
    await db.$disconnect();
  }
});
