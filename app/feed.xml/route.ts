import { connection } from "next/server";
import { env } from "@/lib/env";
import { PUBLIC_CACHE_CONTROL } from "@/lib/api/http";
import { atomFeed } from "@/lib/feeds/atom";
import { newestStatements } from "@/lib/feeds/queries";

export async function GET() {
  await connection();
  const { siteUrl } = env();
  return new Response(atomFeed(await newestStatements(siteUrl), siteUrl), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
