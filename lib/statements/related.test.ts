import { describe, expect, it } from "vitest";
import { rankRelated } from "./related";

const item = (slug: string, date: string, themes: string[]) => ({
  slug,
  date: new Date(`${date}T00:00:00Z`),
  themes: themes.map((theme) => ({ slug: theme })),
});

describe("rankRelated", () => {
  it("orders by shared themes, then closeness in time, leaving out itself and unrelated statements", () => {
    const self = item("self", "2022-06-29", ["russia-ukraine", "rules-based-order-values"]);
    const candidates = [
      self,
      item("far-one-theme", "2017-01-01", ["russia-ukraine"]),
      item("near-one-theme", "2022-04-05", ["rules-based-order-values"]),
      item("two-themes", "2024-07-10", ["russia-ukraine", "rules-based-order-values", "space"]),
      item("unrelated", "2022-06-29", ["maritime"]),
    ];
    expect(rankRelated(self, candidates, 10).map((c) => c.slug)).toEqual(["two-themes", "near-one-theme", "far-one-theme"]);
    expect(rankRelated(self, candidates, 1).map((c) => c.slug)).toEqual(["two-themes"]);
  });

  it("finds nothing for a statement without themes", () => {
    expect(rankRelated(item("self", "2017-05-25", []), [item("x", "2017-05-25", [])], 5)).toEqual([]);
  });
});
