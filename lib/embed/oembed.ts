import type { ApiStatement } from "../api/serialize";
import { escapeHtml } from "../format/html";
import { absoluteUrl, embedPath } from "../site/urls";
import { STATEMENT_SLUG_PATTERN } from "../validation/statement";
import { EMBED_HEIGHT, EMBED_WIDTH } from "./card";

/** The iframe other sites paste (or receive through oEmbed) to show a statement card. */
export function embedIframe(siteUrl: string, statement: Pick<ApiStatement, "slug" | "title">, width = EMBED_WIDTH, height = EMBED_HEIGHT): string {
  const src = absoluteUrl(siteUrl, embedPath(statement.slug));
  return `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(`NATO–China Tracker: ${statement.title}`)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The oEmbed endpoint's address for a page, for the discovery link in the page's head. */
export const oembedDiscoveryUrl = (siteUrl: string, pageUrl: string) => `${siteUrl}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;

export type OembedRequest = { slug: string; width: number; height: number };

type OembedProblem = { status: 400 | 404 | 501; code: "invalid_parameter" | "not_found" | "not_implemented"; message: string };

function dimension(params: URLSearchParams, name: "maxwidth" | "maxheight", preferred: number): number | OembedProblem {
  const raw = params.get(name)?.trim();
  if (!raw) return preferred;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) return { status: 400, code: "invalid_parameter", message: `${name} must be a positive whole number of pixels` };
  return Math.min(preferred, Number(raw));
}

/**
 * Reads an oEmbed request (https://oembed.com/, section 2.2). Only statement pages of this
 * site have an embed: another address is a 404, as the specification asks; a missing or
 * malformed url is a 400; XML, which this provider does not offer, is a 501.
 */
export function parseOembedRequest(params: URLSearchParams, siteUrl: string): { ok: true; request: OembedRequest } | ({ ok: false } & OembedProblem) {
  const format = params.get("format")?.trim() || "json";
  if (format === "xml") return { ok: false, status: 501, code: "not_implemented", message: "format: only json is offered" };
  if (format !== "json") return { ok: false, status: 400, code: "invalid_parameter", message: "format must be json" };
  const raw = params.get("url")?.trim();
  if (!raw) return { ok: false, status: 400, code: "invalid_parameter", message: "url is required: the address of a statement page" };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, status: 400, code: "invalid_parameter", message: "url must be an absolute http(s) address" };
  }
  const match = /^\/statements\/([^/]+)\/?$/.exec(url.pathname);
  // Not decoded: a slug is only lower-case letters, digits and hyphens, so an encoded one is no slug.
  const slug = match?.[1] ?? "";
  if (url.origin !== new URL(siteUrl).origin || !STATEMENT_SLUG_PATTERN.test(slug)) {
    return { ok: false, status: 404, code: "not_found", message: "url is not a statement page of this site" };
  }
  const width = dimension(params, "maxwidth", EMBED_WIDTH);
  if (typeof width !== "number") return { ok: false, ...width };
  const height = dimension(params, "maxheight", EMBED_HEIGHT);
  if (typeof height !== "number") return { ok: false, ...height };
  return { ok: true, request: { slug, width, height } };
}

/** The oEmbed 1.0 "rich" response for a statement. */
export function oembedResponse(statement: ApiStatement, request: OembedRequest, siteUrl: string) {
  return {
    version: "1.0",
    type: "rich",
    title: statement.title,
    author_name: statement.speaker ?? statement.body ?? "NATO",
    provider_name: "NATO–China Tracker",
    provider_url: `${siteUrl}/`,
    // Seconds a consumer may keep the embed code: it only changes if the statement's title does.
    cache_age: 86_400,
    html: embedIframe(siteUrl, statement, request.width, request.height),
    width: request.width,
    height: request.height,
  } as const;
}
