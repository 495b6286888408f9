import { describe, expect, it } from "vitest";
import { statementDescription } from "./description";

describe("statementDescription", () => {
  const date = new Date("2023-11-28T00:00:00Z");

  it("prefers the English translation of a quote", () => {
    expect(statementDescription({ date, speaker: "Jens Stoltenberg", body: null, quote: "La Chine n’est pas notre adversaire", translation: "China is not our adversary", summary: null })).toBe(
      "Jens Stoltenberg, 28 November 2023: “China is not our adversary”",
    );
  });

  it("falls back to the body and the summary for a 'not mentioned' data point", () => {
    expect(statementDescription({ date, speaker: null, body: "Heads of State and Government", quote: null, translation: null, summary: "No mention of China." })).toBe(
      "Heads of State and Government, 28 November 2023: No mention of China.",
    );
  });
});
