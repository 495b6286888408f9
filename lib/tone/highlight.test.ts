import { describe, expect, it } from "vitest";
import { analyzeTone } from "./analyze";
import { formatWeight, highlightSegments } from "./highlight";

describe("highlightSegments", () => {
  it("splits a quote into plain runs and its matched phrases, losing nothing", () => {
    const text = "China is not our adversary, but its coercive policies are a concern.";
    const segments = highlightSegments(text, analyzeTone(text, "en").matches);
    expect(segments.map((segment) => [segment.text, segment.match?.weight ?? null])).toEqual([
      ["China is ", null],
      ["not our adversary", -1],
      [", but its ", null],
      ["coercive policies", 2],
      [" are a ", null],
      ["concern", 1],
      [".", null],
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
  });

  it("returns the whole text when nothing matched", () => {
    expect(highlightSegments("Budget talks.", [])).toEqual([{ text: "Budget talks.", match: null }]);
  });

  it("formats weights with a sign", () => {
    expect([8, 0.5, 0, -3].map((weight) => formatWeight(weight))).toEqual(["+8", "+0.5", "0", "−3"]);
  });

  it("writes decimals the French way on French pages", () => {
    expect([0.5, -1.5].map((weight) => formatWeight(weight, "fr"))).toEqual(["+0,5", "−1,5"]);
  });
});
