import { NextRequest, NextResponse } from "next/server";
import { expect, it } from "vitest";
import { withContentSecurityPolicy } from "./proxy-csp";

const forward = (request: NextRequest) => NextResponse.next({ request: { headers: request.headers } });

it("puts the same policy on the forwarded request (where Next.js finds the nonce) and on the response", () => {
  let seen: string | null = null;
  const response = withContentSecurityPolicy(new NextRequest("http://localhost:3000/trends?from=2021"), (request) => {
    seen = request.headers.get("content-security-policy");
    expect(request.nextUrl.pathname).toBe("/trends");
    return forward(request);
  });
  const policy = response.headers.get("content-security-policy");
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(seen).toBe(policy);
  // How NextResponse.next hands the changed request headers to the rendering.
  expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
});

it("makes a new nonce for every request and picks the policy by path", () => {
  const policyOf = (url: string) => withContentSecurityPolicy(new NextRequest(url), forward).headers.get("content-security-policy");
  expect(policyOf("http://localhost:3000/")).not.toBe(policyOf("http://localhost:3000/"));
  expect(policyOf("http://localhost:3000/embed/statements/2024-07-10-x")).toContain("frame-ancestors *");
  expect(policyOf("http://localhost:3000/api/statements")).toBe("default-src 'none'; frame-ancestors 'none'");
});
