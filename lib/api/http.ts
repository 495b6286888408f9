/**
 * Responses of the public read API: JSON, readable from any origin (the data is public and
 * read-only, so there is nothing a cross-site page could abuse), with cache headers.
 */

/**
 * Data changes only when an editor publishes. Browsers revalidate every time (max-age=0) so a
 * reader never sees an old list after reloading; shared caches (a CDN) may answer for a minute
 * and keep serving the last answer for five more while they fetch a fresh one, which bounds how
 * long a publication takes to show to about a minute without every request reaching the database.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

const CORS_HEADERS = { "Access-Control-Allow-Origin": "*" };

export type ApiErrorCode = "invalid_parameter" | "not_found" | "not_implemented";

export function apiJson(body: unknown, init: { headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { headers: { ...CORS_HEADERS, "Cache-Control": PUBLIC_CACHE_CONTROL, ...init.headers } });
}

/**
 * `{ "error": { "code", "message" } }`. Errors are not cached: a 404 for a slug turns into a
 * statement the moment an editor publishes it.
 */
export function apiError(status: 400 | 404 | 501, code: ApiErrorCode, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } });
}

/** A 400 naming the parameter at fault. */
export const invalidParameter = (param: string, message: string) =>
  apiError(400, "invalid_parameter", message.startsWith(param) ? message : `${param}: ${message}`);
