import { expect, it } from "vitest";
import { isGeneratedId, isRecordSlug, isStatementSlug } from "./identifiers";

it("accepts what slugs and ids look like and refuses anything a database could choke on", () => {
  expect(isStatementSlug("2021-06-14-brussels-communique-systemic-challenges")).toBe(true);
  expect(isRecordSlug("nato-brussels-communique-2021")).toBe(true);
  for (const value of ["\u0000", "2021-06-14-a\u0000", "", "2021-06-14-" + "a".repeat(200), "' OR 1=1 --", "2021-06-14-A"]) {
    expect(isStatementSlug(value), JSON.stringify(value)).toBe(false);
  }
  for (const value of ["\u0000", "a\u0000b", "", "a".repeat(121), "../etc", "Upper"]) expect(isRecordSlug(value), JSON.stringify(value)).toBe(false);
  expect(isGeneratedId("cm3x9q2l40000abcd1234efgh")).toBe(true);
  for (const value of ["\u0000", "", "a".repeat(65), "' OR 1=1", "c1\u0000"]) expect(isGeneratedId(value), JSON.stringify(value)).toBe(false);
});
