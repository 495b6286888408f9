import { connection } from "next/server";
import { env } from "@/lib/env";
import { findSource } from "@/lib/api/catalog";
import { apiError, apiJson } from "@/lib/api/http";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const source = await findSource(id, env().siteUrl);
  if (!source) return apiError(404, "not_found", `No source has the id "${id}"`);
  return apiJson({ data: source });
}
