import { connection } from "next/server";
import { env } from "@/lib/env";
import { PUBLIC_CACHE_CONTROL } from "@/lib/api/http";
import { findStatement } from "@/lib/api/statements";
import { embedCardHtml } from "@/lib/embed/card";

// Framing by any site is allowed for this route alone, in next.config.js.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const statement = await findStatement(slug, env().siteUrl);
  if (!statement) {
    return new Response("No published statement has this address.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return new Response(embedCardHtml(statement), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL } });
}
