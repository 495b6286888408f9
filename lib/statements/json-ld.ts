import type { SourceKind } from "../generated/sqlite/enums";
import { isoFromDate } from "../validation/fields";

type JsonLdInput = {
  title: string;
  date: Date;
  speaker: string | null;
  body: string | null;
  quote: string | null;
  summary: string | null;
  language: string;
  translation: string | null;
  permalink: string;
  source: { title: string; outlet: string; kind: SourceKind; url: string | null; publishedAt: Date | null; language: string; page: string };
};

/**
 * schema.org Quotation for a statement: who said it, when, in which language, and the document
 * it is part of (isPartOf) and cited from (citation), so search engines and reference tools
 * can attribute the words.
 */
export function statementJsonLd(statement: JsonLdInput) {
  const source = statement.source;
  const work = {
    "@type": source.kind === "PRESS" || source.kind === "STATE_AFFILIATED_MEDIA" ? "NewsArticle" : "CreativeWork",
    name: source.title,
    url: source.url ?? source.page,
    inLanguage: source.language,
    publisher: { "@type": "Organization", name: source.outlet },
    ...(source.publishedAt ? { datePublished: isoFromDate(source.publishedAt) } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "Quotation",
    "@id": statement.permalink,
    url: statement.permalink,
    name: statement.title,
    text: statement.quote ?? statement.summary ?? statement.title,
    inLanguage: statement.language,
    dateCreated: isoFromDate(statement.date),
    ...(statement.summary ? { description: statement.summary } : {}),
    creator: statement.speaker
      ? { "@type": "Person", name: statement.speaker, ...(statement.body ? { affiliation: { "@type": "Organization", name: statement.body } } : {}) }
      : { "@type": "Organization", name: statement.body ?? "NATO" },
    about: { "@type": "Country", name: "China" },
    ...(statement.translation ? { workTranslation: { "@type": "Quotation", text: statement.translation, inLanguage: "en" } } : {}),
    isPartOf: work,
    citation: work,
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text cannot close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
