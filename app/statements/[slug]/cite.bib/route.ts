import { bibtexEntry } from "@/lib/citation/bibtex";
import { citationResponse } from "@/lib/citation/download";
import { env } from "@/lib/env";
import { getPublishedStatement, toCitable } from "@/lib/statements/permalink";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const statement = await getPublishedStatement(slug);
  if (!statement) return new Response("No published statement has this address.", { status: 404 });
  return citationResponse(bibtexEntry(toCitable(statement, env().siteUrl)), "application/x-bibtex", `${slug}.bib`);
}
