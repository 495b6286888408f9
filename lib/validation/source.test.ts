import { describe, expect, it } from "vitest";
import { englishIssue } from "./english";
import { sourceInput } from "./source";

const source = {
  id: "nato-2021-06-14-brussels-summit-communique",
  title: "Brussels Summit Communiqué",
  outlet: "NATO",
  url: "https://www.nato.int/cps/en/natohq/news_185000.htm",
  publishedAt: "2021-06-14",
  language: "en",
  kind: "OFFICIAL_NATO",
};

function errorsOf(input: unknown): Record<string, string> {
  const result = sourceInput.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join(".")] ??= englishIssue(issue);
  return errors;
}

describe("source addresses", () => {
  it.each([
    "https://evil.example/\u0000",
    "https://evil.example/a b",
    "https://evil.example/\ttab",
    "https://evil.example\\@nato.int/",
    "https://user:secret@nato.int/",
    "https:///no-host",
    "https://nato.int/\u202Etxt",
  ])("refuses %j", (url) => {
    expect(errorsOf({ ...source, url }).url).toBe("URL is not a valid web address");
  });

  it("refuses other schemes with their own message, and keeps a well-formed address as typed", () => {
    expect(errorsOf({ ...source, url: "javascript:alert(1)" }).url).toMatch(/http/);
    expect(sourceInput.parse(source).url).toBe(source.url);
    expect(sourceInput.parse({ ...source, url: "https://nato.int/x_100%25.htm?a=1#p" }).url).toBe("https://nato.int/x_100%25.htm?a=1#p");
  });
});
