/**
 * The origin a request was addressed to, from its Host header (and X-Forwarded-Proto when a
 * proxy terminates TLS). Next.js rebuilds `request.url` with its own host name (localhost), so the
 * URL cannot tell which origin the browser used. A cross-site request still carries the other
 * site's Origin header and does not match this.
 */
export function requestOrigin(request: Request): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return null;
  const protocol = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? new URL(request.url).protocol.replace(":", "");
  return `${protocol}://${host}`;
}
