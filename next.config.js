/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `next dev` on 127.0.0.1 otherwise blocks its own HMR requests and pages never hydrate.
  allowedDevOrigins: ["127.0.0.1"],
};

module.exports = nextConfig;
