import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ApiStatement } from "../api/serialize";
import { atomFeed } from "./atom";

const SITE = "https://tracker.example.org";

function statement(slug: string, overrides: Partial<ApiStatement> = {}): ApiStatement {
  return {
    slug,
    date: slug.slice(0, 10),
    title: "Vilnius Summit Communiqué",
    speaker: null,
    body: "Heads of State and Government",
    documentType: "COMMUNIQUE",
    event: null,
    quote: "The PRC's stated ambitions and coercive policies challenge our interests, security and values.",
    language: "en",
    translation: null,
    paragraphRef: null,
    summary: null,
    toneLevel: 4,
    toneRationale: null,
    autoToneLevel: 4,
    autoToneScore: 4,
    verification: "VERIFIED_OFFICIAL",
    updatedAt: "2024-03-01T12:00:00.000Z",
    url: `${SITE}/statements/${slug}`,
    source: { id: "nato-vilnius", title: "Vilnius Summit Communiqué", outlet: "NATO", kind: "OFFICIAL_NATO", url: null, publishedAt: null, page: `${SITE}/sources/nato-vilnius` },
    themes: [{ slug: "values", name: "Values" }],
    ...overrides,
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category", "author"].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).feed;
}

describe("atomFeed", () => {
  const french = statement("2023-11-28-nato-fr-not-adversary", {
    title: "« La Chine n’est pas notre adversaire » & <autres>",
    quote: "La Chine n’est pas notre adversaire ]]> « défis »",
    language: "fr",
    translation: "China is not our adversary",
    speaker: "Jens Stoltenberg",
    updatedAt: "2024-06-01T08:30:00.000Z",
  });
  const xml = atomFeed([french, statement("2023-07-11-vilnius-communique")], SITE);
  const feed = parse(xml);

  it("is a well-formed Atom 1.0 feed with id, title, self link and the latest entry's update time", () => {
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${SITE}/`);
    expect(feed.title).toContain("NATO–China Tracker");
    expect(feed.updated).toBe("2024-06-01T08:30:00.000Z");
    expect(feed.link).toContainEqual({ "@rel": "self", "@href": `${SITE}/feed.xml` });
  });

  it("has one entry per statement with permalink id, link, updated, published and author", () => {
    expect(feed.entry).toHaveLength(2);
    const [entry] = feed.entry;
    expect(entry.id).toBe(french.url);
    expect(entry.link[0]["@href"]).toBe(french.url);
    expect(entry.updated).toBe("2024-06-01T08:30:00.000Z");
    expect(entry.published).toBe("2023-11-28T00:00:00.000Z");
    expect(entry.author[0].name).toBe("Jens Stoltenberg");
    expect(entry.category[0]["@term"]).toBe("values");
  });

  it("keeps accents and escapes markup in the text, even a CDATA terminator", () => {
    const [entry] = feed.entry;
    expect(entry.title["#text"]).toBe("« La Chine n’est pas notre adversaire » &amp; &lt;autres&gt;");
    expect(entry.content["#text"]).toContain("La Chine n’est pas notre adversaire ]]&gt; « défis »");
    expect(entry.content["#text"]).toContain("English translation: China is not our adversary");
  });

  it("stays well-formed when a theme's name has markup, and the label reads as written", () => {
    const xml = atomFeed([statement("2024-07-10-washington", { themes: [{ slug: "r-and-d", name: `R&D <policy> "quoted" 'single'` }] })], SITE);
    // XML forbids "<" in an attribute value; the parsers at hand are lenient about it, so it is
    // checked on the text itself.
    expect(xml).not.toMatch(/="[^"]*</);
    const [entry] = parse(xml).entry;
    expect(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: true, htmlEntities: true }).parse(xml).feed.entry.category["@label"]).toBe(
      `R&D <policy> "quoted" 'single'`,
    );
    expect(entry.category[0]["@term"]).toBe("r-and-d");
  });

  it("is valid with no statements", () => {
    const empty = parse(atomFeed([], SITE));
    expect(empty.entry).toBeUndefined();
    expect(empty.updated).toBe("1970-01-01T00:00:00.000Z");
  });
});
