import { NextResponse, type NextRequest } from "next/server";

/**
 * A POST to a page (a server action, with or without JavaScript) whose Origin is another site.
 * Next.js refuses those itself, by the same rule (the Origin's host must be the request's
 * X-Forwarded-Host or Host), but by throwing: the client got a 500, which reads as our fault and
 * fills the error log. Refused here first, with the 403 it is. The API routes answer for
 * themselves (better-auth checks its trusted origins).
 */
export function refuseForeignOrigin(request: NextRequest): NextResponse | null {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return null;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (URL.canParse(origin) && new URL(origin).host === host) return null;
  return new NextResponse("This form was sent from another site, so it was refused.", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
