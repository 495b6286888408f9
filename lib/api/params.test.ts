import { describe, expect, it } from "vitest";
import { parsePageParams } from "./params";

const parse = (query: string) => parsePageParams(new URLSearchParams(query));

describe("parsePageParams", () => {
  it("defaults to 50 without a cursor", () => {
    expect(parse("")).toEqual({ ok: true, page: { limit: 50 } });
  });

  it("reads a limit within 1–200 and a slug cursor", () => {
    expect(parse("limit=1&cursor=2021-06-14-brussels")).toEqual({ ok: true, page: { limit: 1, cursor: "2021-06-14-brussels" } });
    expect(parse("limit=200")).toEqual({ ok: true, page: { limit: 200 } });
  });

  it.each(["limit=0", "limit=201", "limit=abc", "limit=1.5", "limit=-3"])("names limit for %s", (query) => {
    expect(parse(query)).toMatchObject({ ok: false, param: "limit" });
  });

  it.each(["cursor=nope", "cursor=2021-06-14-UPPER", `cursor=2021-06-14-${"a".repeat(120)}`])("names cursor for %s", (query) => {
    expect(parse(query)).toMatchObject({ ok: false, param: "cursor" });
  });
});
