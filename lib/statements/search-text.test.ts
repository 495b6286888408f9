import { describe, expect, it } from "vitest";
import { buildSearchText, foldForSearch } from "./search-text";

describe("search text", () => {
  it("folds case and accents so French and English queries match either way", () => {
    expect(foldForSearch("Défis SYSTÉMIQUES, rôle décisif")).toBe("defis systemiques, role decisif");
    expect(foldForSearch("Báo Nghệ An")).toBe("bao nghe an");
  });

  it("covers the title, quote, translation, summary, speaker and body, skipping blanks", () => {
    const text = buildSearchText({
      title: "Title",
      quote: "La Chine n’est pas notre adversaire",
      translation: null,
      summary: "Context",
      speaker: "Jens Stoltenberg",
      body: null,
    });
    expect(text).toBe("title\nla chine n’est pas notre adversaire\ncontext\njens stoltenberg");
  });
});
