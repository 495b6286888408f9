import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeTone, lexiconLanguage } from "./analyze";
import { NOT_MENTIONED } from "./scale";

type SeedStatement = { slug: string; quote: string | null; language: string; toneLevel: number };

const statements: SeedStatement[] = JSON.parse(fs.readFileSync(fileURLToPath(new URL("../../seeds/statements.json", import.meta.url)), "utf8"));

/** The minimum share of quoted statements whose reading is within one level of the editor's. */
const REQUIRED_AGREEMENT = 0.85;

describe("the reading on the real seed statements", () => {
  // Level 0 is the editor's judgement that China is absent, which the reading cannot make.
  const rated = statements.filter((statement) => statement.quote && statement.toneLevel !== NOT_MENTIONED);

  it(`is within one level of the editor's for at least ${REQUIRED_AGREEMENT * 100}% of quoted statements`, () => {
    const misses = rated
      .map((statement) => ({ statement, reading: analyzeTone(statement.quote!, lexiconLanguage(statement.language)) }))
      .filter(({ statement, reading }) => Math.abs(reading.level - statement.toneLevel) > 1);
    for (const { statement, reading } of misses) {
      console.log(`tone reading misses ${statement.slug}: editor ${statement.toneLevel}, reading ${reading.level} (score ${reading.score})`);
    }
    expect(rated.length).toBeGreaterThanOrEqual(25);
    expect((rated.length - misses.length) / rated.length).toBeGreaterThanOrEqual(REQUIRED_AGREEMENT);
  });

  it("tells the ends of the story apart: 2019 is not read above 2 and 2024's enabler is read as 5", () => {
    const level = (slug: string) => {
      const statement = statements.find((candidate) => candidate.slug === slug)!;
      return analyzeTone(statement.quote!, lexiconLanguage(statement.language)).level;
    };
    expect(level("2019-12-04-london-declaration-opportunities-and-challenges")).toBe(2);
    expect(level("2021-06-14-brussels-communique-systemic-challenges")).toBe(4);
    expect(level("2024-07-10-washington-declaration-decisive-enabler")).toBe(5);
  });
});
