/**
 * The Content-Security-Policy of every response, by kind of response. Pure functions: the proxy
 * (proxy.ts) makes a nonce per request and picks the policy by path.
 *
 * Pages get a nonce-based script policy: Next.js reads the nonce back from the request's
 * Content-Security-Policy header and puts it on its own scripts, and 'strict-dynamic' lets those
 * scripts load the chunks they import. No inline script without the nonce ever runs.
 */

export type PolicyMode = { development: boolean; production: boolean };

type Directives = Record<string, string[]>;

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => (values.length ? `${name} ${values.join(" ")}` : name))
    .join("; ");
}

/** A nonce for one response: 128 random bits, base64 (what CSP's nonce-source allows). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The policy of HTML pages rendered by Next.js. */
export function pageContentSecurityPolicy(nonce: string, mode: PolicyMode): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("A CSP nonce must be base64");
  return serialize({
    "default-src": ["'self'"],
    // The development server evaluates its module code with eval() for fast refresh.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(mode.development ? ["'unsafe-eval'"] : [])],
    // Recharts sets style attributes and React writes inline styles; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    ...(mode.production ? { "upgrade-insecure-requests": [] } : {}),
  });
}

/**
 * The statement embed (lib/embed/card.ts): a standalone card with one inline <style>, no script,
 * no image, made to be framed by any site.
 */
export function embedContentSecurityPolicy(): string {
  return serialize({
    "default-src": ["'none'"],
    "style-src": ["'unsafe-inline'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["*"],
  });
}

/** JSON, feeds, citations, images: nothing in them may load or run anything, nor be framed. */
export function resourceContentSecurityPolicy(): string {
  return serialize({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] });
}

/**
 * Which policy a path gets. Route handlers answer the API (/api/...), the embeds and the paths
 * whose last segment has a file extension (feed.xml, cite.bib, robots.txt); pages never have a dot
 * in their last segment (slugs and ids are lower-case words and hyphens). Anything else gets the
 * page policy, which is as strict for a response that is not a page (a preview image).
 */
export function contentSecurityPolicyFor(pathname: string, nonce: string, mode: PolicyMode): string {
  if (pathname.startsWith("/embed/")) return embedContentSecurityPolicy();
  const last = pathname.split("/").pop() ?? "";
  if (pathname.startsWith("/api/") || last.includes(".")) return resourceContentSecurityPolicy();
  return pageContentSecurityPolicy(nonce, mode);
}
