import { z } from "zod";

export const ANALYZE_MAX_CHARS = 20_000;

/**
 * The largest body read: room for the longest text even if every character is sent as a six-byte
 * JSON escape, and nothing like the megabytes that used to be read before being refused.
 */
export const ANALYZE_MAX_BODY_BYTES = 128 * 1024;

/** Body of POST /api/analyze. */
export const analyzeRequest = z.object(
  {
    text: z
      .string({ error: (issue) => (issue.input === undefined ? "text is required" : "text must be a string") })
      .max(ANALYZE_MAX_CHARS, `text must be at most ${ANALYZE_MAX_CHARS.toLocaleString("en")} characters`)
      .refine((text) => text.trim() !== "", "text must not be empty"),
    language: z.enum(["en", "fr"], { error: 'language must be "en" or "fr"' }).optional(),
  },
  { error: 'The body must be a JSON object such as {"text": "…"}' },
);

export type AnalyzeRequest = z.output<typeof analyzeRequest>;

export type AnalyzeRequestError = { code: "unsupported_media_type" | "invalid_json" | "invalid_request"; message: string };

/** Checks the content type, parses the JSON and validates it, naming what is wrong. */
export function parseAnalyzeRequest(
  contentType: string | null,
  body: string,
): { ok: true; request: AnalyzeRequest } | { ok: false; error: AnalyzeRequestError } {
  if (contentType?.split(";")[0]?.trim().toLowerCase() !== "application/json") {
    return { ok: false, error: { code: "unsupported_media_type", message: "Content-Type must be application/json" } };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: { code: "invalid_json", message: "The body is not valid JSON" } };
  }
  const result = analyzeRequest.safeParse(json);
  if (result.success) return { ok: true, request: result.data };
  return { ok: false, error: { code: "invalid_request", message: result.error.issues[0]?.message ?? "Invalid request" } };
}
