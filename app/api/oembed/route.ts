import { connection } from "next/server";
import { env } from "@/lib/env";
import { apiError, apiJson } from "@/lib/api/http";
import { findStatement } from "@/lib/api/statements";
import { oembedResponse, parseOembedRequest } from "@/lib/embed/oembed";

export async function GET(request: Request) {
  await connection();
  const { siteUrl } = env();
  const parsed = parseOembedRequest(new URL(request.url).searchParams, siteUrl);
  if (!parsed.ok) return apiError(parsed.status, parsed.code, parsed.message);
  const statement = await findStatement(parsed.request.slug, siteUrl);
  if (!statement) return apiError(404, "not_found", `url: no published statement has the slug "${parsed.request.slug}"`);
  return apiJson(oembedResponse(statement, parsed.request, siteUrl));
}
