import { connection } from "next/server";
import { env } from "@/lib/env";
import { apiJson } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export async function GET() {
  // Read per request so the servers entry is the SITE_URL the server runs with, not the build's.
  await connection();
  return apiJson(openApiDocument(env().siteUrl));
}
