import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { milestoneInput } from "../../lib/validation/milestone";
import { sourceInput } from "../../lib/validation/source";
import { statementInput } from "../../lib/validation/statement";
import { themeInput } from "../../lib/validation/theme";

/**
 * The seed corpus must stay faithful to its primary sources: the reference file of official NATO
 * texts (seeds/reference) and the five founding French press articles (seeds/articles). These
 * tests fail if a quote, a verification status, a date or a source drifts from them.
 */

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));
const REFERENCE_FILE = "reference/nato-china-official-texts.md";

type Json = Record<string, unknown>;
type SeedStatement = {
  slug: string;
  date: string;
  quote: string | null;
  language: string;
  translation: string | null;
  summary: string | null;
  toneLevel: number;
  verification: string;
  sourceId: string;
  themes: string[];
  event: string | null;
};
type SeedSource = {
  id: string;
  url: string | null;
  language: string;
  kind: string;
  fullTextFile: string | null;
};

function readText(file: string): string {
  return fs.readFileSync(path.join(SEEDS, file), "utf8");
}

function readJsonArray(file: string): Json[] {
  const data: unknown = JSON.parse(readText(file));
  if (!Array.isArray(data)) throw new Error(`seeds/${file} is not a JSON array`);
  return data as Json[];
}

const themes = readJsonArray("themes.json");
const milestones = readJsonArray("milestones.json");
const sources = readJsonArray("sources.json") as unknown as (SeedSource & Json)[];
const statements = readJsonArray("statements.json") as unknown as (SeedStatement & Json)[];
const sourceById = new Map(sources.map((source) => [source.id, source]));

function articleText(source: SeedSource): string {
  if (!source.fullTextFile) throw new Error(`${source.id} has no fullTextFile`);
  return readText(source.fullTextFile);
}

// ---------------------------------------------------------------------------------------------
// Parsing the reference markdown

type ReferenceQuote = {
  date: string;
  text: string;
  /** The VerificationStatus the reference implies for this passage. */
  verification: "VERIFIED_OFFICIAL" | "VERIFIED_REPRINT" | "SECONDARY" | "UNVERIFIED";
  /** nato.int address given for the document (with https://), or null when none is given. */
  url: string | null;
};

/** Splits a markdown section into bullets, joining wrapped (indented) lines with single spaces. */
function bullets(section: string): string[] {
  const result: string[] = [];
  for (const line of section.split("\n")) {
    if (line.startsWith("- ")) result.push(line.slice(2).trim());
    else if (line.startsWith("  ") && line.trim() !== "") {
      if (result.length === 0) throw new Error(`continuation line before any bullet: ${line}`);
      result[result.length - 1] += ` ${line.trim()}`;
    } else if (line.trim() !== "" && !line.startsWith("## ")) {
      throw new Error(`unexpected line in the reference: ${line}`);
    }
  }
  return result;
}

/**
 * A quoted passage opens with a straight double quote (at the start, after a space, "(" or ":")
 * and closes with a full stop and a straight double quote. Inner quotes such as "no limits" do not
 * end with a full stop, so they stay inside the passage that contains them.
 */
const QUOTED_PASSAGE = /(?<=^|[\s(:])"(.+?\.)"(?=[\s),]|$)/g;

function referenceSections(): { official: string; articles: string } {
  const md = readText(REFERENCE_FILE);
  const articlesHeading = md.search(/^## The five seed articles/m);
  const firstYear = md.search(/^## 2017$/m);
  expect(articlesHeading).toBeGreaterThan(0);
  expect(firstYear).toBeGreaterThan(0);
  return { official: md.slice(firstYear, articlesHeading), articles: md.slice(articlesHeading) };
}

function parseReferenceQuotes(): ReferenceQuote[] {
  const quotes: ReferenceQuote[] = [];
  for (const bullet of bullets(referenceSections().official)) {
    const date = /^(\d{4}-\d{2}-\d{2}) ·/.exec(bullet)?.[1];
    if (!date) throw new Error(`reference entry without a date: ${bullet}`);
    const matches = [...bullet.matchAll(QUOTED_PASSAGE)];
    const header = bullet.slice(0, matches[0]?.index ?? bullet.length);
    const status = /·\s*(verified \(headline sentence[^)]*\)|verified \(full reprint\)|verified|secondary)/.exec(header)?.[1];
    const address = /(?:^|\s)(nato\.int\/\S+)/.exec(header)?.[1];
    let previousEnd = header.length;
    matches.forEach((match, index) => {
      const before = bullet.slice(previousEnd, match.index);
      previousEnd = match.index + match[0].length;
      let verification: ReferenceQuote["verification"];
      if (/\(secondary\)\s*:\s*$/.test(before)) verification = "SECONDARY";
      else if (!status) verification = "UNVERIFIED";
      else if (status.startsWith("verified (headline")) verification = index === 0 ? "VERIFIED_OFFICIAL" : "VERIFIED_REPRINT";
      else if (status === "verified (full reprint)") verification = "VERIFIED_REPRINT";
      else if (status === "verified") verification = "VERIFIED_OFFICIAL";
      else verification = "SECONDARY";
      quotes.push({ date, text: match[1]!, verification, url: address ? `https://${address}` : null });
    });
  }
  return quotes;
}

/** The French fragments the reference quotes for each seed article, keyed by its number (000…). */
function parseArticleFragments(): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const bullet of bullets(referenceSections().articles)) {
    const number = /^(\d{3}):/.exec(bullet)?.[1];
    if (!number) throw new Error(`article entry without a number: ${bullet}`);
    result.set(number, [...bullet.matchAll(/"([^"]+)"/g)].map((match) => match[1]!));
  }
  return result;
}

const referenceQuotes = parseReferenceQuotes();

// ---------------------------------------------------------------------------------------------

describe("seed files pass the validation schemas", () => {
  it("themes.json", () => {
    expect(themes.length).toBeGreaterThan(0);
    for (const theme of themes) expect(themeInput.safeParse(theme).error?.issues, String(theme.slug)).toBeUndefined();
  });

  it("milestones.json", () => {
    expect(milestones.length).toBeGreaterThan(0);
    for (const milestone of milestones) {
      expect(milestoneInput.safeParse(milestone).error?.issues, String(milestone.slug)).toBeUndefined();
    }
  });

  it("sources.json (with each article's text as fullText)", () => {
    for (const { fullTextFile, ...rest } of sources) {
      const fullText = fullTextFile ? readText(fullTextFile) : null;
      expect(sourceInput.safeParse({ ...rest, fullText }).error?.issues, rest.id).toBeUndefined();
    }
  });

  it("statements.json", () => {
    for (const statement of statements) {
      expect(statementInput.safeParse(statement).error?.issues, statement.slug).toBeUndefined();
    }
  });
});

describe("keys and references", () => {
  it("slugs and ids are unique", () => {
    for (const [file, keys] of [
      ["themes", themes.map((theme) => theme.slug)],
      ["milestones", milestones.map((milestone) => milestone.slug)],
      ["sources", sources.map((source) => source.id)],
      ["statements", statements.map((statement) => statement.slug)],
    ] as const) {
      expect(new Set(keys).size, file).toBe(keys.length);
    }
  });

  it("every statement's source and themes exist", () => {
    const themeSlugs = new Set(themes.map((theme) => theme.slug));
    for (const statement of statements) {
      expect(sourceById.has(statement.sourceId), `${statement.slug} → ${statement.sourceId}`).toBe(true);
      for (const theme of statement.themes) expect(themeSlugs.has(theme), `${statement.slug} → ${theme}`).toBe(true);
    }
  });

  it("every source is used by at least one statement", () => {
    const used = new Set(statements.map((statement) => statement.sourceId));
    for (const source of sources) expect(used.has(source.id), source.id).toBe(true);
  });
});

describe("the five founding articles", () => {
  // SHA-256 of the files as delivered in /work/shared/seeds: the copies must stay byte for byte.
  const ARTICLE_SHA256: Record<string, string> = {
    "articles/000_255679a1a0c9286a.txt": "0ceafdbb138b417736a3b3747d09661fe60217af9c0bcfd0e29f5efb6058f1c5",
    "articles/001_ed9ec2bfad2918b8.txt": "f4b98e54e5702a70a495bd8aabf202e27587f340fc37d45ce52fc86c4314c261",
    "articles/002_6aca83c3e0e6f3f1.txt": "688c7b38764c742379300b467fa2cd3e937f5a582bba805afcb39eff4664a145",
    "articles/003_a84486354fc901ee.txt": "9e5a0a172ed025e657af7193ae74075e781c31065acdc58d6536968ec925c790",
    "articles/004_85a73e5d65096bc9.txt": "c1d6b609151221087f324537add60eee4e14d67ea49226296be04f04e3c3bcf8",
  };

  it("are unchanged copies, each the full text of exactly one source", () => {
    for (const [file, digest] of Object.entries(ARTICLE_SHA256)) {
      const bytes = fs.readFileSync(path.join(SEEDS, file));
      expect(createHash("sha256").update(bytes).digest("hex"), file).toBe(digest);
      expect(sources.filter((source) => source.fullTextFile === file).map((source) => source.language), file).toEqual(["fr"]);
    }
    expect(sources.filter((source) => source.fullTextFile).length).toBe(5);
  });

  it("press articles have no invented URL", () => {
    for (const source of sources) {
      if (source.fullTextFile && source.kind !== "OFFICIAL_NATO") expect(source.url, source.id).toBeNull();
    }
  });

  it("every quote drawn from an article occurs verbatim in that article's text", () => {
    let checked = 0;
    for (const statement of statements) {
      const source = sourceById.get(statement.sourceId)!;
      if (!source.fullTextFile) continue;
      expect(statement.language, statement.slug).toBe(source.language);
      if (statement.quote === null) continue;
      expect(articleText(source).includes(statement.quote), `${statement.slug}: quote not found verbatim`).toBe(true);
      expect(statement.quote).not.toMatch(/^[«»\s]|[«»\s]$/);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it("French quotes carry an English translation, English quotes none", () => {
    for (const statement of statements) {
      if (statement.language === "en") expect(statement.translation, statement.slug).toBeNull();
      else if (statement.quote) expect(statement.translation, statement.slug).toBeTruthy();
    }
  });

  it("statements from articles are secondary for press and verified for nato.int's own pages", () => {
    for (const statement of statements) {
      const source = sourceById.get(statement.sourceId)!;
      if (!source.fullTextFile) continue;
      expect(statement.verification, statement.slug).toBe(source.kind === "OFFICIAL_NATO" ? "VERIFIED_OFFICIAL" : "SECONDARY");
    }
  });

  it("the reference's French fragments occur in the article it cites", () => {
    // The reference writes French with straight apostrophes; the articles use ’.
    const normalise = (text: string) => text.replaceAll("’", "'");
    // The reference paraphrases 002 here: the article reads « Le message d’aujourd’hui est le
    // plus fort que l’OTAN ait jamais envoyé à la Chine … ».
    const KNOWN_PARAPHRASES = new Set(["le message le plus fort que l'OTAN ait jamais envoyé à la Chine"]);
    const fragments = parseArticleFragments();
    expect([...fragments.keys()]).toEqual(["000", "001", "002", "003", "004"]);
    for (const [number, quoted] of fragments) {
      const source = sources.find((candidate) => candidate.fullTextFile?.startsWith(`articles/${number}_`));
      expect(source, number).toBeDefined();
      const text = normalise(articleText(source!));
      for (const fragment of quoted) {
        if (KNOWN_PARAPHRASES.has(fragment)) {
          expect(text.includes(fragment), `${fragment} is now verbatim: drop it from KNOWN_PARAPHRASES`).toBe(false);
          continue;
        }
        expect(text.includes(normalise(fragment)), `${number}: ${fragment}`).toBe(true);
      }
    }
  });
});

describe("fidelity to the reference file of official texts", () => {
  it("parses every quoted passage, including the 2024 one with inner quotes", () => {
    expect(referenceQuotes).toHaveLength(19);
    expect(referenceQuotes.some((quote) => quote.text.includes('so-called "no limits" partnership'))).toBe(true);
  });

  it("every quoted passage is a statement's exact quote, with the reference's status, date and source", () => {
    for (const reference of referenceQuotes) {
      if (reference.verification === "UNVERIFIED") continue;
      const matches = statements.filter((statement) => statement.quote === reference.text);
      expect(matches.map((statement) => statement.slug), reference.text).toHaveLength(1);
      const statement = matches[0]!;
      expect(statement.verification, statement.slug).toBe(reference.verification);
      expect(statement.date, statement.slug).toBe(reference.date);
      expect(statement.language, statement.slug).toBe("en");
      expect(sourceById.get(statement.sourceId)!.url, statement.slug).toBe(reference.url);
    }
  });

  it("the 2018 absence cites Stoltenberg's 14 June 2021 sentence exactly and stays unverified", () => {
    const unverified = referenceQuotes.filter((quote) => quote.verification === "UNVERIFIED");
    expect(unverified.map((quote) => quote.date)).toEqual(["2018-07-11"]);
    for (const reference of unverified) {
      const statement = statements.find((candidate) => candidate.date === reference.date);
      expect(statement).toBeDefined();
      expect(statement!.quote).toBeNull();
      expect(statement!.toneLevel).toBe(0);
      expect(statement!.verification).toBe("UNVERIFIED");
      expect(statement!.summary).toContain(`"${reference.text}"`);
      expect(statement!.summary).toMatch(/not confirmed/);
      expect(sourceById.get(statement!.sourceId)!.url).toBe(reference.url);
    }
  });

  it("no English quote exists that the reference does not give", () => {
    const known = new Set(referenceQuotes.map((quote) => quote.text));
    for (const statement of statements) {
      if (statement.language === "en" && statement.quote !== null) {
        expect(known.has(statement.quote), `${statement.slug}: quote not in the reference`).toBe(true);
      }
    }
  });

  it("every nato.int address in sources comes from the reference", () => {
    const addresses = new Set(referenceQuotes.map((quote) => quote.url).filter(Boolean));
    for (const source of sources) {
      if (source.url !== null) expect(addresses.has(source.url), source.id).toBe(true);
    }
  });
});

describe("tone data points", () => {
  it("2017 and 2018 each have a level-0 data point", () => {
    for (const year of ["2017", "2018"]) {
      expect(statements.some((statement) => statement.date.startsWith(`${year}-`) && statement.toneLevel === 0), year).toBe(true);
    }
  });

  it("level-0 statements do not mention China", () => {
    for (const statement of statements.filter((candidate) => candidate.toneLevel === 0)) {
      if (statement.quote) expect(statement.quote, statement.slug).not.toMatch(/chin|prc/i);
      const source = sourceById.get(statement.sourceId)!;
      if (source.fullTextFile) expect(articleText(source), statement.slug).not.toMatch(/chin|pékin|beijing/i);
    }
  });

  it("Washington 2024 has a level-5 statement calling China a decisive enabler", () => {
    expect(
      statements.some(
        (statement) =>
          statement.date === "2024-07-10" && statement.toneLevel === 5 && statement.quote?.includes("decisive enabler"),
      ),
    ).toBe(true);
  });
});
