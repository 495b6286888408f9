import { describe, expect, it } from "vitest";
import { afterCursor, parseCursor, timelineOrder } from "./pagination";

describe("parseCursor", () => {
  it("accepts a statement slug and treats a blank as the first page", () => {
    expect(parseCursor("2021-06-14-brussels-communique-systemic-challenges")).toEqual({
      ok: true,
      after: "2021-06-14-brussels-communique-systemic-challenges",
    });
    expect(parseCursor(undefined)).toEqual({ ok: true });
    expect(parseCursor(" ")).toEqual({ ok: true });
  });

  it("names the parameter when it is not a slug", () => {
    expect(parseCursor("page-2")).toMatchObject({ ok: false, param: "after", message: expect.stringMatching(/^after must be the slug/) });
  });
});

describe("keyset paging", () => {
  const cursor = { date: new Date("2021-06-14T00:00:00Z"), slug: "2021-06-14-b" };

  it("continues after the cursor in the chosen direction, by date then slug", () => {
    expect(afterCursor(cursor, "asc")).toEqual({
      OR: [{ date: { gt: cursor.date } }, { date: cursor.date, slug: { gt: "2021-06-14-b" } }],
    });
    expect(afterCursor(cursor, "desc")).toEqual({
      OR: [{ date: { lt: cursor.date } }, { date: cursor.date, slug: { lt: "2021-06-14-b" } }],
    });
    expect(timelineOrder("desc")).toEqual([{ date: "desc" }, { slug: "desc" }]);
  });
});
