const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Headers that are the same on every response, static files included. The Content-Security-Policy
 * differs per response (a nonce per page) and comes from proxy.ts (lib/security/).
 * Evaluated at build time, so `next build` (NODE_ENV=production) bakes HSTS into the build and
 * `next dev` leaves it out.
 */
function securityHeaders(production) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The site uses none of these; nothing it loads, now or by mistake later, may ask for them.
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    // Sent on every production response, whatever the scheme: behind a TLS-terminating reverse
    // proxy the app cannot tell, and browsers ignore HSTS received over plain http.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` on 127.0.0.1 otherwise blocks its own HMR requests and pages never hydrate.
  allowedDevOrigins: ["127.0.0.1"],
  // The proxy rewrites English pages to app/[locale] (next-intl). By default Next hands the proxy
  // a URL on "localhost", while its router compares rewrites with the host `next start -H` was
  // given, so with -H 127.0.0.1 every rewrite looked external and looped. The request's own URL
  // keeps both the same.
  skipProxyUrlNormalize: true,
  // Only the statement embeds are made to sit in other sites' iframes; every other page refuses
  // to be framed (clickjacking): CSP frame-ancestors, and X-Frame-Options for browsers without it.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      { source: "/:path((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
