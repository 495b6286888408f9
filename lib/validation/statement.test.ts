import { describe, expect, it } from "vitest";
import { englishIssue } from "./english";
import { statementInput } from "./statement";

const valid = {
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
  themes: ["rules-based-order-values"],
};

function errorsOf(input: unknown): Record<string, string> {
  const result = statementInput.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join(".")] ??= englishIssue(issue);
  return errors;
}

describe("statementInput", () => {
  it("accepts a complete statement and stores blank optional text as null", () => {
    const parsed = statementInput.parse({ ...valid, speaker: "  ", event: "" });
    expect(parsed.speaker).toBeNull();
    expect(parsed.event).toBeNull();
    expect(parsed.quote).toBe(valid.quote);
  });

  it("names the field and the problem for each kind of bad input", () => {
    expect(errorsOf({ ...valid, date: "2021-02-30" })).toMatchObject({ date: "Date is not a real calendar date" });
    expect(errorsOf({ ...valid, date: "1948-01-01", slug: "1948-01-01-x" }).date).toMatch(/^Date must be between 1949-04-04 and today/);
    expect(errorsOf({ ...valid, slug: "Brussels 2021" }).slug).toMatch(/YYYY-MM-DD-short-title/);
    expect(errorsOf({ ...valid, slug: "2021-06-15-brussels" }).slug).toBe("Slug must start with the statement's date (2021-06-14-)");
    expect(errorsOf({ ...valid, toneLevel: 6 }).toneLevel).toBe("Tone level must be between 0 and 5");
    expect(errorsOf({ ...valid, title: "x".repeat(201) }).title).toBe("Title must be at most 200 characters");
    expect(errorsOf({ ...valid, documentType: "TWEET" }).documentType).toMatch(/not one of the known types/);
  });

  it("refuses control characters (PostgreSQL cannot store NUL) but keeps tabs and line breaks", () => {
    expect(errorsOf({ ...valid, title: "Brussels\u0000" }).title).toBe("Title must not contain control characters or other characters that are not allowed in text");
    expect(errorsOf({ ...valid, quote: "a\u001bb" }).quote).toBe("Quote must not contain control characters or other characters that are not allowed in text");
    expect(errorsOf({ ...valid, speaker: "\u007f" }).speaker).toBe("Speaker must not contain control characters or other characters that are not allowed in text");
    expect(statementInput.parse({ ...valid, quote: "Line one,\r\n\tline two." }).quote).toBe("Line one,\r\n\tline two.");
  });

  it("requires a quote unless China is not mentioned", () => {
    expect(errorsOf({ ...valid, quote: null }).quote).toBe("Quote is required unless China is not mentioned");
    expect(statementInput.safeParse({ ...valid, quote: null, toneLevel: 0 }).success).toBe(true);
  });

  it("requires an English translation for a quote in another language", () => {
    expect(errorsOf({ ...valid, language: "fr" }).translation).toMatch(/English translation is required/);
    expect(statementInput.safeParse({ ...valid, language: "fr", translation: "…" }).success).toBe(true);
  });
});

describe("text fields refuse what would break the feed or spoof the display", () => {
  it.each([
    ["U+FFFE", "\uFFFE"],
    ["U+FFFF", "\uFFFF"],
    ["a lone high surrogate", "\uD83D"],
    ["a lone low surrogate", "\uDE00"],
    ["a C1 control", "\u0085"],
    ["NUL", "\u0000"],
  ])("refuses %s in the title and the quote, naming the field", (_, char) => {
    const errors = errorsOf({ ...valid, title: `Title ${char}`, quote: `Quote ${char}.` });
    expect(errors.title).toBe("Title must not contain control characters or other characters that are not allowed in text");
    expect(errors.quote).toMatch(/^Quote must not contain control characters/);
  });

  it.each(["\u202E", "\u202A", "\u2066", "\u2069"])("refuses the direction control U+%s in single-line and long fields", (char) => {
    const errors = errorsOf({ ...valid, title: `gnp.exe${char}txt`, speaker: `Jens ${char}Stoltenberg` });
    expect(errors.title).toMatch(/text-direction control characters/);
    expect(errors.speaker).toMatch(/text-direction control characters/);
  });

  it("keeps real text: accents, typographic quotes, emoji, line breaks and the implicit direction marks", () => {
    const parsed = statementInput.parse({ ...valid, title: "« La Chine » — l’OTAN 🇪🇺\u200E", quote: "Line one.\nLine two." });
    expect(parsed.title).toBe("« La Chine » — l’OTAN 🇪🇺\u200E");
  });
});
