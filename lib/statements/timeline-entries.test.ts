import { describe, expect, it } from "vitest";
import { interleaveMilestones, type PageBounds } from "./timeline-entries";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const statement = (iso: string, name: string) => ({ date: day(iso), name });
const milestone = (iso: string, name: string) => ({ date: day(iso), name });

const milestones = [milestone("2019-12-04", "London"), milestone("2021-06-14", "Brussels"), milestone("2024-07-10", "Washington")];
const all = [
  statement("2017-05-25", "s2017"),
  statement("2019-12-04", "s2019a"),
  statement("2019-12-04", "s2019b"),
  statement("2021-06-14", "s2021"),
  statement("2024-07-10", "s2024"),
];

const names = (entries: ReturnType<typeof interleaveMilestones<{ date: Date; name: string }, { date: Date; name: string }>>) =>
  entries.map((entry) => (entry.kind === "statement" ? entry.statement.name : `[${entry.milestone.name}]`));

/** Every page of `size`, as the timeline would serve them, joined. */
function paged(sort: PageBounds["sort"], size: number) {
  const ordered = sort === "asc" ? all : [...all].reverse();
  const out: string[] = [];
  for (let i = 0; i < ordered.length; i += size) {
    const page = ordered.slice(i, i + size);
    out.push(...names(interleaveMilestones(page, milestones, { sort, previousDate: ordered[i - 1]?.date, hasMore: i + size < ordered.length })));
  }
  return out;
}

describe("interleaveMilestones", () => {
  it("puts each milestone before what was said on its date, oldest first", () => {
    expect(paged("asc", 10)).toEqual(["s2017", "[London]", "s2019a", "s2019b", "[Brussels]", "s2021", "[Washington]", "s2024"]);
  });

  it("reverses the whole sequence newest first", () => {
    expect(paged("desc", 10)).toEqual(["s2024", "[Washington]", "s2021", "[Brussels]", "s2019b", "s2019a", "[London]", "s2017"]);
  });

  it.each([1, 2, 3, 4])("shows every milestone exactly once across pages of %i", (size) => {
    expect(paged("asc", size)).toEqual(paged("asc", 10));
    expect(paged("desc", size)).toEqual(paged("desc", 10));
  });

  it("shows milestones alone when no statement matches", () => {
    expect(names(interleaveMilestones([], milestones, { sort: "asc", hasMore: false }))).toEqual(["[London]", "[Brussels]", "[Washington]"]);
  });
});
