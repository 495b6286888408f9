import { describe, expect, it } from "vitest";
import { parseAnalyzeRequest } from "./analyze";

const json = "application/json";

describe("parseAnalyzeRequest", () => {
  it("accepts text with an optional language", () => {
    expect(parseAnalyzeRequest("application/json; charset=utf-8", '{"text":"dialogue","language":"fr"}')).toEqual({
      ok: true,
      request: { text: "dialogue", language: "fr" },
    });
  });

  it.each([
    ["text/plain", '{"text":"a"}', "unsupported_media_type", /Content-Type must be application\/json/],
    [json, "{", "invalid_json", /not valid JSON/],
    [json, "[1]", "invalid_request", /JSON object/],
    [json, "{}", "invalid_request", /^text is required$/],
    [json, '{"text":42}', "invalid_request", /^text must be a string$/],
    [json, '{"text":"  "}', "invalid_request", /^text must not be empty$/],
    [json, JSON.stringify({ text: "a".repeat(20_001) }), "invalid_request", /^text must be at most 20,000 characters$/],
    [json, '{"text":"a","language":"de"}', "invalid_request", /^language must be "en" or "fr"$/],
  ])("rejects %s %s with %s", (contentType, body, code, message) => {
    const result = parseAnalyzeRequest(contentType, body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });

  it("accepts exactly 20,000 characters", () => {
    expect(parseAnalyzeRequest(json, JSON.stringify({ text: "a".repeat(20_000) })).ok).toBe(true);
  });
});
