import { describe, expect, it } from "vitest";
import { readSeedCorpus } from "../seed/seed-files";
import { locateQuotes } from "./quote-locations";

const corpus = readSeedCorpus();
const withText = corpus.sources.filter((source) => source.fullText);

describe("locateQuotes on the seed articles", () => {
  it("finds every quote of the five stored articles verbatim and marks exactly its words", () => {
    expect(withText).toHaveLength(5);
    for (const source of withText) {
      const fullText = source.fullText as string;
      const statements = corpus.statements.filter((statement) => statement.sourceId === source.id);
      const { pieces, found, notFound } = locateQuotes(fullText, statements);
      expect(pieces.map((piece) => piece.text).join("")).toBe(fullText);
      expect(notFound).toEqual([]);
      for (const statement of statements.filter((s) => s.quote)) {
        expect(found).toContain(statement.slug);
        const marked = pieces.filter((piece) => piece.slugs.includes(statement.slug)).map((piece) => piece.text).join("");
        expect(marked).toBe(statement.quote);
      }
    }
  });

  it("skips a 'China not mentioned' data point that has no quote", () => {
    const source = withText.find((s) => s.id === "nato-fr-2017-09-21-sg-un-general-assembly-new-york");
    const statements = corpus.statements.filter((statement) => statement.sourceId === source?.id);
    expect(statements.every((statement) => statement.quote === null)).toBe(true);
    const result = locateQuotes(source?.fullText as string, statements);
    expect(result).toMatchObject({ found: [], notFound: [] });
    expect(result.pieces).toEqual([{ text: source?.fullText, slugs: [] }]);
  });

  it("reports a quote that differs by a single character as not verbatim", () => {
    const source = withText.find((s) => s.id === "nato-fr-2023-11-28-foreign-ministers-meeting");
    const fullText = source?.fullText as string;
    expect(fullText).toContain("La Chine n’est pas notre adversaire");
    const result = locateQuotes(fullText, [
      { slug: "straight-apostrophe", quote: "La Chine n'est pas notre adversaire" },
      { slug: "lower-case", quote: "la Chine n’est pas notre adversaire" },
    ]);
    expect(result.found).toEqual([]);
    expect(result.notFound).toEqual(["straight-apostrophe", "lower-case"]);
  });

  it("splits overlapping quotes so each piece names every statement that covers it", () => {
    const { pieces } = locateQuotes("NATO said: the rise of China, and its coercion.", [
      { slug: "one", quote: "NATO said: the rise of China" },
      { slug: "two", quote: "the rise of China, and its coercion." },
    ]);
    expect(pieces).toEqual([
      { text: "NATO said: ", slugs: ["one"] },
      { text: "the rise of China", slugs: ["one", "two"] },
      { text: ", and its coercion.", slugs: ["two"] },
    ]);
  });
});
