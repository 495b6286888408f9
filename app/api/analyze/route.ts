import { readLimitedText } from "@/lib/api/limited-body";
import { analyzeTone } from "@/lib/tone/analyze";
import { consumeAnalyzeBudget } from "@/lib/tone/analyze-limit";
import { ANALYZE_MAX_BODY_BYTES, parseAnalyzeRequest } from "@/lib/validation/analyze";

export async function POST(request: Request) {
  const budget = consumeAnalyzeBudget(request.headers);
  if (!budget.allowed) {
    return Response.json(
      { error: { code: "rate_limited", message: `Too many readings from this client: try again in ${budget.retryAfterSeconds} s` } },
      { status: 429, headers: { "Retry-After": String(budget.retryAfterSeconds) } },
    );
  }
  const body = await readLimitedText(request, ANALYZE_MAX_BODY_BYTES);
  if (!body.ok && body.reason === "too_large") {
    return Response.json({ error: { code: "payload_too_large", message: `The body must be at most ${ANALYZE_MAX_BODY_BYTES / 1024} KiB` } }, { status: 413 });
  }
  if (!body.ok) return Response.json({ error: { code: "invalid_body", message: "The body could not be read" } }, { status: 400 });
  const parsed = parseAnalyzeRequest(request.headers.get("content-type"), body.text);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  return Response.json(analyzeTone(parsed.request.text, parsed.request.language));
}
