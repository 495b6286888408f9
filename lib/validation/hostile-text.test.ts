import { describe, expect, it } from "vitest";
import { englishIssue } from "./english";
import { sourceInput } from "./source";
import { statementInput } from "./statement";

const statement = {
  slug: "2021-06-14-brussels-communique-systemic-challenges",
  date: "2021-06-14",
  title: "Brussels Summit Communiqué: systemic challenges",
  body: "Heads of State and Government",
  documentType: "COMMUNIQUE",
  quote: "China's stated ambitions and assertive behaviour present systemic challenges.",
  language: "en",
  toneLevel: 4,
  verification: "VERIFIED_REPRINT",
  status: "PUBLISHED",
  sourceId: "nato-2021-06-14-brussels-summit-communique",
  themes: [],
};

const source = {
  id: "nato-2021-06-14-brussels-summit-communique",
  title: "Brussels Summit Communiqué",
  outlet: "NATO",
  url: "https://www.nato.int/cps/en/natohq/news_185000.htm",
  publishedAt: "2021-06-14",
  language: "en",
  kind: "OFFICIAL_NATO",
};

function firstError(schema: typeof statementInput | typeof sourceInput, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join(".")] ??= englishIssue(issue);
  return errors;
}

describe("text fields refuse what would break the feed or spoof the display", () => {
  it.each([
    ["U+FFFE", "\uFFFE"],
    ["U+FFFF", "\uFFFF"],
    ["a lone high surrogate", "\uD83D"],
    ["a lone low surrogate", "\uDE00"],
    ["a C1 control", "\u0085"],
    ["NUL", "\u0000"],
  ])("refuses %s in the title and the quote, naming the field", (_, char) => {
    const errors = firstError(statementInput, { ...statement, title: `Title ${char}`, quote: `Quote ${char}.` });
    expect(errors.title).toBe("Title must not contain control characters or other characters that are not allowed in text");
    expect(errors.quote).toMatch(/^Quote must not contain control characters/);
  });

  it.each(["\u202E", "\u202A", "\u2066", "\u2069"])("refuses the direction control U+%s in single-line and long fields", (char) => {
    const errors = firstError(statementInput, { ...statement, title: `gnp.exe${char}txt`, speaker: `Jens ${char}Stoltenberg` });
    expect(errors.title).toMatch(/text-direction control characters/);
    expect(errors.speaker).toMatch(/text-direction control characters/);
  });

  it("keeps real text: accents, typographic quotes, emoji, line breaks and the implicit direction marks", () => {
    const parsed = statementInput.parse({ ...statement, title: "« La Chine » — l’OTAN 🇪🇺\u200E", quote: "Line one.\nLine two." });
    expect(parsed.title).toBe("« La Chine » — l’OTAN 🇪🇺\u200E");
  });
});

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
    expect(firstError(sourceInput, { ...source, url }).url).toBe("URL is not a valid web address");
  });

  it("refuses other schemes with their own message, and keeps a well-formed address as typed", () => {
    expect(firstError(sourceInput, { ...source, url: "javascript:alert(1)" }).url).toMatch(/http/);
    expect(sourceInput.parse(source).url).toBe(source.url);
    expect(sourceInput.parse({ ...source, url: "https://nato.int/x_100%25.htm?a=1#p" }).url).toBe("https://nato.int/x_100%25.htm?a=1#p");
  });
});
