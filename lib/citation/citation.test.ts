import { describe, expect, it } from "vitest";
import { bibtexEntry, escapeBibtex, escapeBibtexUrl } from "./bibtex";
import { citationAuthor, type CitableStatement } from "./citable";
import { risRecord } from "./ris";
import { apaCitation, chicagoCitation } from "./styles";

// Two seed statements: one by a person in a French press article, one by a body in an official text.
const agora: CitableStatement = {
  slug: "2021-09-27-agora24-stoltenberg-wang-yi-not-an-adversary",
  title: "AGORA 24: Stoltenberg tells Wang Yi NATO does not see China as an adversary",
  date: new Date("2021-09-27T00:00:00Z"),
  speaker: "Jens Stoltenberg",
  body: null,
  documentType: "PRESS_ARTICLE",
  language: "fr",
  source: { title: "Jens Stoltenberg a invité le chef de la diplomatie chinoise", outlet: "AGORA 24", url: null },
  permalink: "https://tracker.example.org/statements/2021-09-27-agora24-stoltenberg-wang-yi-not-an-adversary",
};
const washington: CitableStatement = {
  slug: "2024-07-10-washington-declaration-decisive-enabler",
  title: "Washington Summit Declaration: the PRC is a decisive enabler of Russia's war",
  date: new Date("2024-07-10T00:00:00Z"),
  speaker: null,
  body: "Heads of State and Government",
  documentType: "DECLARATION",
  language: "en",
  source: { title: "Washington Summit Declaration", outlet: "NATO", url: "https://nato.int/x_100%.htm" },
  permalink: "https://tracker.example.org/statements/2024-07-10-washington-declaration-decisive-enabler",
};

describe("citationAuthor", () => {
  it("splits a speaker's name and cites bodies as NATO bodies", () => {
    expect(citationAuthor(agora)).toEqual({ kind: "person", family: "Stoltenberg", given: "Jens" });
    expect(citationAuthor(washington)).toEqual({ kind: "group", name: "NATO Heads of State and Government" });
    expect(citationAuthor({ speaker: null, body: "NATO" })).toEqual({ kind: "group", name: "NATO" });
    expect(citationAuthor({ speaker: null, body: null })).toEqual({ kind: "group", name: "NATO" });
  });
});

describe("Chicago and APA", () => {
  it("formats a person's statement", () => {
    expect(chicagoCitation(agora)).toBe(
      "Stoltenberg, Jens. “AGORA 24: Stoltenberg tells Wang Yi NATO does not see China as an adversary.” Jens Stoltenberg a invité le chef de la diplomatie chinoise. AGORA 24, September 27, 2021. https://tracker.example.org/statements/2021-09-27-agora24-stoltenberg-wang-yi-not-an-adversary.",
    );
    expect(apaCitation(agora)).toBe(
      "Stoltenberg, J. (2021, September 27). AGORA 24: Stoltenberg tells Wang Yi NATO does not see China as an adversary [Press article]. In Jens Stoltenberg a invité le chef de la diplomatie chinoise. AGORA 24. https://tracker.example.org/statements/2021-09-27-agora24-stoltenberg-wang-yi-not-an-adversary",
    );
  });

  it("formats a body's statement", () => {
    expect(apaCitation(washington)).toMatch(/^NATO Heads of State and Government\. \(2024, July 10\)\. Washington Summit Declaration: .* \[Declaration\]\. In Washington Summit Declaration\. NATO\. https:/);
    expect(chicagoCitation(washington)).toMatch(/^NATO Heads of State and Government\. “Washington .*war\.” Washington Summit Declaration\. NATO, July 10, 2024\. https:/);
  });
});

describe("BibTeX", () => {
  it("escapes special characters", () => {
    expect(escapeBibtex("R&D 100% {x} $1 #2 a_b ~ ^ \\")).toBe("R\\&D 100\\% \\{x\\} \\$1 \\#2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
  });

  it("writes a @misc entry keyed by slug, braces around a group author", () => {
    expect(bibtexEntry(washington)).toBe(
      [
        "@misc{2024-07-10-washington-declaration-decisive-enabler,",
        "  author = {{NATO Heads of State and Government}},",
        "  title = {{Washington Summit Declaration: the PRC is a decisive enabler of Russia's war}},",
        "  howpublished = {Washington Summit Declaration, NATO},",
        "  year = {2024},",
        "  month = jul,",
        "  date = {2024-07-10},",
        "  language = {en},",
        "  url = {https://tracker.example.org/statements/2024-07-10-washington-declaration-decisive-enabler},",
        "  note = {Original source: \\url{https://nato.int/x_100%.htm}},",
        "}",
        "",
      ].join("\n"),
    );
    expect(bibtexEntry(agora)).toContain("  author = {Stoltenberg, Jens},\n");
    expect(bibtexEntry(agora)).not.toContain("note =");
  });
});

describe("RIS", () => {
  it("writes tagged CRLF lines from TY to ER", () => {
    expect(risRecord(agora)).toBe(
      [
        "TY  - NEWS",
        "AU  - Stoltenberg, Jens",
        "TI  - AGORA 24: Stoltenberg tells Wang Yi NATO does not see China as an adversary",
        "T2  - Jens Stoltenberg a invité le chef de la diplomatie chinoise",
        "PB  - AGORA 24",
        "PY  - 2021",
        "DA  - 2021/09/27",
        "LA  - fr",
        "UR  - https://tracker.example.org/statements/2021-09-27-agora24-stoltenberg-wang-yi-not-an-adversary",
        "ER  - ",
        "",
      ].join("\r\n"),
    );
    expect(risRecord(washington)).toMatch(/^TY {2}- GOVDOC\r\nAU {2}- NATO Heads of State and Government\r\n[\s\S]*N1 {2}- Original source: https:\/\/nato\.int\/x_100%\.htm\r\nER {2}- \r\n$/);
  });
});

describe("hostile addresses and titles", () => {
  const hostile: CitableStatement = {
    ...washington,
    title: "Title}\n@misc{forged,\n  title = {x",
    source: { ...washington.source, url: "https://evil.example/}}\\input{/etc/passwd}{\n\u0000é" },
  };

  it("BibTeX: an address cannot close its field or bring in a command", () => {
    const entry = bibtexEntry(hostile);
    expect(entry.match(/@misc\{/g)).toHaveLength(1);
    const note = entry.split("\n").find((line) => line.startsWith("  note"))!;
    expect(note).toBe("  note = {Original source: \\url{https://evil.example/%7D%7D%5Cinput%7B/etc/passwd%7D%7B%0A%00%C3%A9}},");
    // Every brace opened in the entry is closed in it, in order.
    let depth = 0;
    for (const char of entry.replace(/\\[{}]/g, "")) {
      if (char === "{") depth += 1;
      if (char === "}") depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(escapeBibtexUrl("https://nato.int/x_100%.htm")).toBe("https://nato.int/x_100%.htm");
  });

  it("RIS: no value can start a line of its own", () => {
    const lines = risRecord(hostile).split("\r\n").filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines.at(-1)).toBe("ER  - ");
    expect(lines.join("")).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
