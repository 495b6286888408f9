import { citationResponse } from "@/lib/citation/download";
import { risRecord } from "@/lib/citation/ris";
import { env } from "@/lib/env";
import { getPublishedStatement, toCitable } from "@/lib/statements/permalink";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const statement = await getPublishedStatement(slug);
  if (!statement) return new Response("No published statement has this address.", { status: 404 });
  return citationResponse(risRecord(toCitable(statement, env().siteUrl)), "application/x-research-info-systems", `${slug}.ris`);
}
