import { describe, expect, it } from "vitest";
import { serializeJsonLd, statementJsonLd } from "./json-ld";

const base = {
  title: "Stoltenberg: the strongest message NATO has ever sent to China",
  date: new Date("2024-07-10T00:00:00Z"),
  speaker: "Jens Stoltenberg",
  body: null,
  quote: "Le message d’aujourd’hui est le plus fort",
  summary: "Reported by Báo Nghệ An.",
  language: "fr",
  translation: "Today's message is the strongest",
  permalink: "https://tracker.example.org/statements/2024-07-10-x",
  source: {
    title: "L'OTAN envoie un message à la Russie et à la Chine",
    outlet: "Báo Nghệ An",
    kind: "PRESS" as const,
    url: null,
    publishedAt: new Date("2024-07-11T00:00:00Z"),
    language: "fr",
    page: "https://tracker.example.org/sources/baonghean",
  },
};

describe("statementJsonLd", () => {
  it("describes a Quotation by a person, part of and cited from its source", () => {
    const data = statementJsonLd(base);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Quotation",
      url: base.permalink,
      text: base.quote,
      inLanguage: "fr",
      dateCreated: "2024-07-10",
      creator: { "@type": "Person", name: "Jens Stoltenberg" },
      workTranslation: { text: base.translation, inLanguage: "en" },
      isPartOf: { "@type": "NewsArticle", name: base.source.title, url: base.source.page, datePublished: "2024-07-11", publisher: { name: "Báo Nghệ An" } },
    });
    expect(data.citation).toEqual(data.isPartOf);
  });

  it("credits the body, and uses the summary as text for a 'not mentioned' data point", () => {
    const data = statementJsonLd({ ...base, speaker: null, body: "Heads of State and Government", quote: null, translation: null, source: { ...base.source, kind: "OFFICIAL_NATO", url: "https://nato.int/x" } });
    expect(data.creator).toEqual({ "@type": "Organization", name: "Heads of State and Government" });
    expect(data.text).toBe(base.summary);
    expect(data.isPartOf).toMatchObject({ "@type": "CreativeWork", url: "https://nato.int/x" });
    expect(data).not.toHaveProperty("workTranslation");
  });

  it("serialises without a way to close the script element", () => {
    expect(serializeJsonLd({ text: "</script><script>alert(1)</script>" })).toBe('{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });
});
