import { connection } from "next/server";
import { env } from "@/lib/env";
import { invalidParameter } from "@/lib/api/http";
import { allStatements } from "@/lib/api/statements";
import { statementsCsv } from "@/lib/export/csv";
import { exportResponse } from "@/lib/export/download";
import { parseStatementFilters } from "@/lib/statements/filters";

export async function GET(request: Request) {
  await connection();
  const filters = parseStatementFilters(new URL(request.url).searchParams);
  if (!filters.ok) return invalidParameter(filters.param, filters.message);
  const statements = await allStatements(filters.filters, env().siteUrl);
  return exportResponse(statementsCsv(statements), "text/csv", "nato-china-statements.csv");
}
