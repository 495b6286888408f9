import { describe, expect, it } from "vitest";
import { FILTER_PARAMS, filterQuery, parseStatementFilters, pickFilterParams, statementFilters, statementWhere } from "./filters";

function parse(query: string) {
  return parseStatementFilters(new URLSearchParams(query));
}

describe("parseStatementFilters", () => {
  it("reads every parameter from the URL", () => {
    const result = parse("q=Défis&from=2021&to=2023-07-11&tone=4,5,none&type=communique,press-conference&speaker=Jens%20Stoltenberg&theme=russia-ukraine&source=official-nato&lang=fr&sort=desc");
    expect(result).toEqual({
      ok: true,
      filters: {
        q: "Défis",
        from: new Date("2021-01-01T00:00:00Z"),
        to: new Date("2023-07-11T00:00:00Z"),
        tone: [4, 5, 0],
        type: ["COMMUNIQUE", "PRESS_CONFERENCE"],
        speaker: "Jens Stoltenberg",
        theme: ["russia-ukraine"],
        source: ["OFFICIAL_NATO"],
        lang: ["fr"],
        sort: "desc",
      },
    });
  });

  it("treats blank parameters as absent and sorts oldest first by default", () => {
    expect(parse("q=&tone=")).toEqual({ ok: true, filters: { sort: "asc" } });
  });

  it("refuses control characters in the text filters, naming the parameter", () => {
    expect(parse("q=%00")).toEqual({ ok: false, param: "q", message: "q must not contain control characters" });
    expect(parse("speaker=Stoltenberg%1B")).toEqual({ ok: false, param: "speaker", message: "speaker must not contain control characters" });
  });

  it("a year in `to` means the end of that year", () => {
    expect(parse("to=2019")).toMatchObject({ filters: { to: new Date("2019-12-31T00:00:00Z") } });
  });

  it.each([
    ["tone=6", "tone", /"6" is not a tone level/],
    ["type=tweet", "type", /"tweet" is not one of communique, declaration/],
    ["source=blog", "source", /"blog" is not one of official-nato/],
    ["from=21", "from", /from must be a year \(2021\) or a date/],
    ["to=2021-13-01", "to", /to is not a real date/],
    ["from=2023&to=2021", "from", /from must not be after to/],
    ["sort=up", "sort", /sort must be asc or desc/],
    ["lang=french", "lang", /two-letter language codes/],
  ])("rejects %s naming the parameter", (query, param, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.param).toBe(param);
      expect(result.message).toMatch(message);
    }
  });
});

describe("statementWhere", () => {
  it("only ever returns published statements, and searches each word folded", () => {
    const where = statementWhere({ sort: "asc", q: "Défis  SYSTÉMIQUES" });
    expect(where.AND).toEqual([
      { status: "PUBLISHED" },
      { searchText: { contains: "defis" } },
      { searchText: { contains: "systemiques" } },
    ]);
  });
});

describe("pickFilterParams", () => {
  it("knows exactly the parameters the schema parses", () => {
    expect([...FILTER_PARAMS].sort()).toEqual(Object.keys(statementFilters.shape).sort());
  });

  it("joins repeated list values, as a form without JavaScript sends them, and keeps the first scalar", () => {
    const picked = pickFilterParams(new URLSearchParams("tone=4&tone=5&tone=&q=first&q=second&after=x"));
    expect(picked).toEqual({ tone: "4,5", q: "first" });
    expect(parse("tone=4&tone=none")).toMatchObject({ ok: true, filters: { tone: [4, 0] } });
    expect(pickFilterParams({ theme: ["space", "maritime"], speaker: "  " })).toEqual({ theme: "space,maritime" });
  });
});

describe("filterQuery", () => {
  it("spells one canonical, readable query: schema order, commas kept, blanks and sort=asc dropped", () => {
    expect(filterQuery({ sort: "asc", tone: ["4", "5"], q: "not an adversary", lang: "" })).toBe("q=not%20an%20adversary&tone=4,5");
    expect(filterQuery({ sort: "desc" }, { after: "2021-06-14-x" })).toBe("sort=desc&after=2021-06-14-x");
    expect(filterQuery({})).toBe("");
  });

  it("round-trips through the parser", () => {
    const query = filterQuery({ q: "Défis & co", tone: "none,4", speaker: "Jens Stoltenberg" });
    expect(parse(query)).toMatchObject({ ok: true, filters: { q: "Défis & co", tone: [0, 4], speaker: "Jens Stoltenberg" } });
  });
});

describe("the disagree filter", () => {
  it("reads disagree=1 and rejects any other value by name", () => {
    expect(parse("disagree=1")).toMatchObject({ ok: true, filters: { disagree: true } });
    expect(parse("disagree=yes")).toMatchObject({ ok: false, param: "disagree", message: "disagree must be 1" });
  });

  it("keeps only statements whose reading is more than one level from the editor's", () => {
    const where = statementWhere({ sort: "asc", disagree: true });
    expect(where.AND).toContainEqual({
      OR: [
        { toneLevel: 1, autoToneLevel: { in: [3, 4, 5] } },
        { toneLevel: 2, autoToneLevel: { in: [4, 5] } },
        { toneLevel: 3, autoToneLevel: { in: [1, 5] } },
        { toneLevel: 4, autoToneLevel: { in: [1, 2] } },
        { toneLevel: 5, autoToneLevel: { in: [1, 2, 3] } },
      ],
    });
  });
});
