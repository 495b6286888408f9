import { describe, expect, it } from "vitest";
import { excerpt, highlight, searchTerms } from "./highlight";

const marked = (text: string, q: string) =>
  highlight(text, searchTerms(q))
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe("highlight", () => {
  it("marks every occurrence of each word, ignoring case and accents both ways", () => {
    expect(marked("Défis systémiques et défis", "defis")).toEqual(["Défis", "défis"]);
    expect(marked("systemic challenges", "SYSTÉMIC")).toEqual(["systemic"]);
    expect(marked("La Chine n’est pas notre adversaire", "chine adversaire")).toEqual(["Chine", "adversaire"]);
  });

  it("keeps the text intact and merges overlapping matches", () => {
    const text = "not an adversary";
    const segments = highlight(text, searchTerms("adversary advers"));
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments).toEqual([
      { text: "not an ", match: false },
      { text: "adversary", match: true },
    ]);
  });

  it("maps matches back over characters whose folded form is longer or shorter", () => {
    expect(marked("Nghệ An", "nghe")).toEqual(["Nghệ"]);
    expect(marked("e\u0301te\u0301", "ete")).toEqual(["e\u0301te\u0301"]);
  });

  it("returns the text unmarked without a search", () => {
    expect(highlight("text", [])).toEqual([{ text: "text", match: false }]);
    expect(searchTerms("  ")).toEqual([]);
  });
});

describe("excerpt", () => {
  const long = `${"Alpha beta gamma. ".repeat(20)}The decisive enabler sentence. ${"Delta epsilon. ".repeat(20)}`;

  it("leaves short quotes whole", () => {
    expect(excerpt("Short quote.")).toBe("Short quote.");
  });

  it("cuts a long quote at a word boundary with an ellipsis", () => {
    const cut = excerpt(long);
    expect(cut.length).toBeLessThanOrEqual(281);
    expect(cut).toMatch(/^Alpha beta.*[a-z.]…$/);
  });

  it("centres the window on a search match beyond the first lines", () => {
    const cut = excerpt(long, searchTerms("enabler"));
    expect(cut.startsWith("…")).toBe(true);
    expect(cut).toContain("The decisive enabler sentence.");
  });
});
