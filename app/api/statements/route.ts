import { connection } from "next/server";
import { env } from "@/lib/env";
import { apiJson, invalidParameter } from "@/lib/api/http";
import { parsePageParams } from "@/lib/api/params";
import { listStatements } from "@/lib/api/statements";
import { parseStatementFilters } from "@/lib/statements/filters";

export async function GET(request: Request) {
  await connection();
  const params = new URL(request.url).searchParams;
  const filters = parseStatementFilters(params);
  if (!filters.ok) return invalidParameter(filters.param, filters.message);
  const page = parsePageParams(params);
  if (!page.ok) return invalidParameter(page.param, page.message);
  const result = await listStatements(filters.filters, page.page, env().siteUrl);
  if (!result.ok) return invalidParameter(result.param, result.message);
  return apiJson({ data: result.data, nextCursor: result.nextCursor });
}
