import { describe, expect, it } from "vitest";
import { readSeedCorpus } from "../seed/seed-files";
import { statementData } from "../statements/persist";
import { statementInput } from "../validation/statement";
import { FIRST_YEAR, LAST_YEAR, SYNTHETIC_SLUG_MARK, syntheticStatements } from "./synthetic-statements";

const corpus = readSeedCorpus();
const statements = syntheticStatements(corpus, 3000, 42);

const meanTone = (from: number, to: number) => {
  const levels = statements.filter((s) => Number(s.date.slice(0, 4)) >= from && Number(s.date.slice(0, 4)) <= to).map((s) => s.toneLevel);
  return levels.reduce((a, b) => a + b, 0) / levels.length;
};

describe("synthetic statements", () => {
  it("are the same for the same seed and differ for another", () => {
    expect(syntheticStatements(corpus, 200, 42)).toEqual(statements.slice(0, 200));
    expect(syntheticStatements(corpus, 200, 43).map((s) => s.quote)).not.toEqual(statements.slice(0, 200).map((s) => s.quote));
  });

  it("pass the app's own statement validation, with unique slugs that start with their date", () => {
    for (const statement of statements) expect(statementInput.safeParse(statement).error).toBeUndefined();
    expect(new Set(statements.map((s) => s.slug)).size).toBe(statements.length);
    expect(statements.every((s) => s.slug.startsWith(`${s.date}-${SYNTHETIC_SLUG_MARK}-`))).toBe(true);
  });

  it("fall in 2017–2024 and use the seed corpus's sources, themes, speakers and document types", () => {
    const years = new Set(statements.map((s) => Number(s.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(FIRST_YEAR);
    expect(Math.max(...years)).toBe(LAST_YEAR);
    const sourceIds = new Set(corpus.sources.map((s) => s.id));
    const themeSlugs = new Set(corpus.themes.map((t) => t.slug));
    const speakers = new Set(corpus.statements.map((s) => s.speaker));
    const types = new Set(corpus.statements.map((s) => s.documentType));
    for (const statement of statements) {
      expect(sourceIds.has(statement.sourceId)).toBe(true);
      expect(statement.themes.every((theme) => themeSlugs.has(theme))).toBe(true);
      expect(speakers.has(statement.speaker)).toBe(true);
      expect(types.has(statement.documentType)).toBe(true);
    }
  });

  it("are mostly published, in English and French, and harden in tone over the years", () => {
    const published = statements.filter((s) => s.status === "PUBLISHED").length / statements.length;
    expect(published).toBeGreaterThan(0.85);
    expect(published).toBeLessThan(1);
    expect(new Set(statements.map((s) => s.language))).toEqual(new Set(["en", "fr"]));
    expect(statements.filter((s) => s.language === "fr" && s.quote).every((s) => s.translation)).toBe(true);
    expect(meanTone(2017, 2018)).toBeLessThan(1.5);
    expect(meanTone(2024, 2024)).toBeGreaterThan(3.8);
    expect(new Set(statements.map((s) => s.toneLevel))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });

  it("quote the tone lexicon, so the automatic reading mostly agrees with the level", () => {
    const withChina = statements.filter((s) => s.toneLevel > 0);
    const agreeing = withChina.filter((s) => Math.abs((statementData(s).autoToneLevel ?? 0) - s.toneLevel) <= 1).length;
    expect(agreeing / withChina.length).toBeGreaterThan(0.8);
    expect(statements.some((s) => s.quote?.includes("systemic challenges"))).toBe(true);
    expect(statements.some((s) => s.quote?.includes("défis systémiques"))).toBe(true);
  });
});
