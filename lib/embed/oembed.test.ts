import { describe, expect, it } from "vitest";
import type { ApiStatement } from "../api/serialize";
import { embedCardHtml } from "./card";
import { embedIframe, oembedResponse, parseOembedRequest } from "./oembed";

const SITE = "https://tracker.example.org";
const SLUG = "2024-07-10-washington-declaration-decisive-enabler";
const parse = (query: Record<string, string>) => parseOembedRequest(new URLSearchParams(query), SITE);

const statement: ApiStatement = {
  slug: SLUG,
  date: "2024-07-10",
  title: 'Washington: "decisive enabler" <b>',
  speaker: null,
  body: "Heads of State and Government",
  documentType: "DECLARATION",
  event: null,
  quote: "The PRC has become a decisive enabler of Russia's war against Ukraine & <script>alert(1)</script>",
  language: "en",
  translation: null,
  paragraphRef: null,
  summary: null,
  toneLevel: 5,
  toneRationale: null,
  autoToneLevel: 5,
  autoToneScore: 9,
  verification: "SECONDARY",
  updatedAt: "2024-07-11T00:00:00.000Z",
  url: `${SITE}/statements/${SLUG}`,
  source: { id: "nato-washington", title: "Washington Summit Declaration", outlet: "NATO", kind: "OFFICIAL_NATO", url: null, publishedAt: null, page: `${SITE}/sources/nato-washington` },
  themes: [],
};

describe("parseOembedRequest", () => {
  it("reads a statement page of this site, with or without a trailing slash", () => {
    expect(parse({ url: `${SITE}/statements/${SLUG}` })).toEqual({ ok: true, request: { slug: SLUG, width: 560, height: 300 } });
    expect(parse({ url: `${SITE}/statements/${SLUG}/`, format: "json" })).toMatchObject({ ok: true, request: { slug: SLUG } });
  });

  it("fits maxwidth and maxheight", () => {
    expect(parse({ url: `${SITE}/statements/${SLUG}`, maxwidth: "320", maxheight: "900" })).toMatchObject({ ok: true, request: { width: 320, height: 300 } });
  });

  it.each([
    [{}, 400, /url is required/],
    [{ url: "not a url" }, 400, /url must be/],
    [{ url: `${SITE}/statements/${SLUG}`, format: "yaml" }, 400, /format/],
    [{ url: `${SITE}/statements/${SLUG}`, maxwidth: "0" }, 400, /maxwidth/],
    [{ url: `${SITE}/statements/${SLUG}`, maxheight: "tall" }, 400, /maxheight/],
    [{ url: `https://elsewhere.example/statements/${SLUG}` }, 404, /not a statement page/],
    [{ url: `${SITE}/sources/nato` }, 404, /not a statement page/],
    [{ url: `${SITE}/statements/%E0%A4%A` }, 404, /not a statement page/],
    [{ url: `${SITE}/statements/${SLUG}`, format: "xml" }, 501, /only json/],
  ])("refuses %j with %i", (query, status, message) => {
    const result = parse(query);
    expect(result).toMatchObject({ ok: false, status });
    expect(result.ok ? "" : result.message).toMatch(message);
  });
});

describe("oEmbed response and embed card", () => {
  it("answers a rich oEmbed 1.0 object whose html is the iframe of the embed", () => {
    const response = oembedResponse(statement, { slug: SLUG, width: 400, height: 300 }, SITE);
    expect(response).toMatchObject({ version: "1.0", type: "rich", width: 400, height: 300, provider_name: "NATO–China Tracker", provider_url: `${SITE}/` });
    expect(response.html).toBe(embedIframe(SITE, statement, 400, 300));
    expect(response.html).toContain(`src="${SITE}/embed/statements/${SLUG}"`);
    expect(response.html).toContain("&quot;decisive enabler&quot; &lt;b&gt;");
  });

  it("escapes every value in the card and links back to the statement", () => {
    const html = embedCardHtml(statement);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Russia&#39;s war");
    expect(html).toContain(`href="${SITE}/statements/${SLUG}"`);
    expect(html).toContain("10 July 2024");
    expect(html).toContain("Tone 5: Threat / enabler");
    expect(html).toContain("Heads of State and Government");
  });
});
