import { analyzeTone } from "@/lib/tone/analyze";
import { parseAnalyzeRequest } from "@/lib/validation/analyze";

/** Reading the body is the only step that can throw (a dropped connection); it is still a 400. */
async function readBody(request: Request): Promise<string | null> {
  try {
    return await request.text();
  } catch {
    return null;
  }
}

export async function POST(request: Request) {
  const body = await readBody(request);
  const parsed = body === null ? null : parseAnalyzeRequest(request.headers.get("content-type"), body);
  if (!parsed) return Response.json({ error: { code: "invalid_body", message: "The body could not be read" } }, { status: 400 });
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  return Response.json(analyzeTone(parsed.request.text, parsed.request.language));
}
