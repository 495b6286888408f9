import { NextRequest, type NextResponse } from "next/server";
import { contentSecurityPolicyFor, createNonce } from "./content-security-policy";

/**
 * Runs a proxy step with this request's Content-Security-Policy: on the request that `respond`
 * forwards (Next.js reads the nonce there and puts it on its own scripts) and on the response.
 * `respond` must forward the request headers it is given, as `NextResponse.next({ request })`
 * and next-intl's middleware do.
 */
export function withContentSecurityPolicy(request: NextRequest, respond: (request: NextRequest) => NextResponse): NextResponse {
  const policy = contentSecurityPolicyFor(request.nextUrl.pathname, createNonce(), {
    development: process.env.NODE_ENV === "development",
    production: process.env.NODE_ENV === "production",
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = respond(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}
