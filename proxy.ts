import type { NextRequest } from "next/server";
import { guardEditorPages } from "@/lib/auth/editor-guard";
import { redirectFirstVisit, routeLocale } from "@/lib/i18n/proxy";

/** Every page request: the editor guard, then the home page's language choice, then locale routing. */
export function proxy(request: NextRequest) {
  return guardEditorPages(request) ?? redirectFirstVisit(request) ?? routeLocale(request);
}

export const config = {
  // Pages only: not the API (but its reference page /api), embeds, Next's files, or anything
  // with a file extension (feed.xml, sitemap.xml, robots.txt, cite.bib, cite.ris), nor the
  // preview images.
  matcher: ["/((?!api/|embed/|_next/|_vercel/|.*\\.[^/]+$|.*/opengraph-image(?:$|/|-)).*)"],
};
