const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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
  // to be framed (clickjacking). X-Frame-Options is for browsers without CSP frame-ancestors.
  async headers() {
    return [
      { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
      {
        source: "/:path((?!embed/).*)",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
