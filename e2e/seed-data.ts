import fs from "node:fs";
import path from "node:path";
import { FIXTURE_SOURCE_ID, PARAPHRASE_FIXTURE } from "./fixtures/fixture-data";

/** The seed statements the e2e server loads, for expected counts. */
export type SeedStatement = { slug: string; title: string; date: string; toneLevel: number; status: string; documentType: string; quote: string | null };

export const publishedSeedStatements: SeedStatement[] = JSON.parse(fs.readFileSync(path.join(process.cwd(), "seeds", "statements.json"), "utf8")).filter(
  (statement: SeedStatement) => statement.status === "PUBLISHED",
);

/** Every published statement the e2e server holds: the seeds plus the suite's own fixture. */
export const publishedStatements: SeedStatement[] = [...publishedSeedStatements, PARAPHRASE_FIXTURE].sort((a, b) => a.date.localeCompare(b.date));

/** Every source the e2e server holds (the seeds' and the fixture's), by id. */
export const sourceIds: string[] = [
  ...JSON.parse(fs.readFileSync(path.join(process.cwd(), "seeds", "sources.json"), "utf8")).map((source: { id: string }) => source.id),
  FIXTURE_SOURCE_ID,
].sort();

/** Published statements in the API's order: by date, then slug. */
export const publishedInOrder = (sort: "asc" | "desc" = "asc") => {
  const ascending = [...publishedStatements].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  return sort === "asc" ? ascending : ascending.reverse();
};
