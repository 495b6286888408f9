import { connection } from "next/server";
import { env } from "@/lib/env";
import { listSources } from "@/lib/api/catalog";
import { apiJson } from "@/lib/api/http";

export async function GET() {
  await connection();
  return apiJson({ data: await listSources(env().siteUrl) });
}
