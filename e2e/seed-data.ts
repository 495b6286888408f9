import fs from "node:fs";
import path from "node:path";
import { PARAPHRASE_FIXTURE } from "./fixtures/fixture-data";

/** The seed statements the e2e server loads, for expected counts. */
export type SeedStatement = { slug: string; title: string; date: string; toneLevel: number; status: string; documentType: string; quote: string | null };

export const publishedSeedStatements: SeedStatement[] = JSON.parse(fs.readFileSync(path.join(process.cwd(), "seeds", "statements.json"), "utf8")).filter(
  (statement: SeedStatement) => statement.status === "PUBLISHED",
);

/** Every published statement the e2e server holds: the seeds plus the suite's own fixture. */
export const publishedStatements: SeedStatement[] = [...publishedSeedStatements, PARAPHRASE_FIXTURE].sort((a, b) => a.date.localeCompare(b.date));
