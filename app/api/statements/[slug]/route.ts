import { connection } from "next/server";
import { env } from "@/lib/env";
import { apiError, apiJson } from "@/lib/api/http";
import { findStatement } from "@/lib/api/statements";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const statement = await findStatement(slug, env().siteUrl);
  if (!statement) return apiError(404, "not_found", `No published statement has the slug "${slug}"`);
  return apiJson({ data: statement });
}
