import { describe, expect, it } from "vitest";
import { groupByYear } from "./group-by-year";

describe("groupByYear", () => {
  it("groups consecutive items by their UTC year, keeping order", () => {
    const items = ["2017-05-25", "2017-12-31", "2019-12-04", "2021-06-14"].map((d) => ({ date: new Date(`${d}T00:00:00Z`) }));
    expect(groupByYear(items).map((g) => [g.year, g.items.length])).toEqual([
      [2017, 2],
      [2019, 1],
      [2021, 1],
    ]);
  });
});
