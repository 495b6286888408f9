import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Per request: the sitemap's address is the SITE_URL the server runs with.
  await connection();
  // Embeds are copies of statement pages made for other sites' iframes: index the pages instead.
  return { rules: { userAgent: "*", allow: "/", disallow: ["/embed/"] }, sitemap: `${env().siteUrl}/sitemap.xml` };
}
