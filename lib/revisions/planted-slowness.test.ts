import { describe, expect, it } from "vitest";
import { locateQuotes, MAX_MARKS_PER_QUOTE } from "../sources/quote-locations";
import { diffSnapshots } from "./diff";

/** Deterministic prose-like words, so the texts share nothing but their shape. */
function words(count: number, seed: number): string {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(`w${state % 9973}`);
  }
  return out.join(" ");
}

describe("what an editor saves cannot make public pages slow or huge", () => {
  it("a change too large to diff cheaply is shown whole, even where a word diff would share words", () => {
    // Every third word replaced: most words are shared, so only the size bound stops a word diff
    // (unbounded, diffs of this shape took seconds per view).
    const before = words(1500, 1);
    const after = before.split(" ").map((word, index) => (index % 3 === 0 ? `x${word}` : word)).join(" ");
    expect(before.length).toBeGreaterThan(8000);
    const [change] = diffSnapshots({ summary: before }, { summary: after });
    expect(change!.parts).toEqual([
      { value: before, added: false, removed: true },
      { value: after, added: true, removed: false },
    ]);
  });

  it("a small correction in a long text still gets a word diff", () => {
    const before = words(1400, 3);
    const after = before.replace(/^(\S+ \S+ \S+)/, "$1 inserted");
    const [change] = diffSnapshots({ summary: before }, { summary: after });
    expect(change!.parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(["inserted"]);
  });

  it("a one-character quote is found but marks nothing, and a repeated quote is marked a bounded number of times", () => {
    const text = `${"a".repeat(20_000)} China is not our adversary. `.repeat(20);
    const tiny = locateQuotes(text, [{ slug: "tiny", quote: "a" }]);
    expect(tiny.found).toEqual(["tiny"]);
    expect(tiny.pieces).toHaveLength(1);
    const repeated = locateQuotes(text, [{ slug: "repeated", quote: "China is not our adversary." }]);
    expect(repeated.pieces.filter((piece) => piece.slugs.length > 0)).toHaveLength(MAX_MARKS_PER_QUOTE);
    expect(repeated.pieces.map((piece) => piece.text).join("")).toBe(text);
  });
});
