import fs from "node:fs";
import path from "node:path";
import { fillBenchmarkDatabase } from "../lib/bench/fill-database";
import { createPrismaClient } from "../lib/db/create-client";
import { parseDatabaseUrl } from "../lib/db/database-url";
import { deployMigrations } from "../scripts/db/runner";
import { readSeedCorpus } from "../lib/seed/seed-files";

export const BENCH_DATA_DIR = path.join(process.cwd(), "bench", ".data");

/**
 * A fresh SQLite database of `size` statements under bench/.data/, migrated by the same code as
 * `npm run db:deploy`, so the benchmark never touches the app's own database. Returns its URL.
 */
export async function createBenchmarkDatabase(size: number, seed: number): Promise<{ url: string; seconds: number }> {
  const started = performance.now();
  const file = path.join(BENCH_DATA_DIR, `statements-${size}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const config = parseDatabaseUrl(`file:${file}`);
  await deployMigrations(config);
  const db = createPrismaClient(config);
  try {
    await fillBenchmarkDatabase(db, file, readSeedCorpus(), size, seed);
    const count = await db.statement.count();
    if (count !== size) throw new Error(`Benchmark database has ${count} statements, expected ${size}`);
  } finally {
    await db.$disconnect();
  }
  return { url: config.url, seconds: (performance.now() - started) / 1000 };
}
