import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "../../app/api/analyze/route";
import { ANALYZE_MAX_BODY_BYTES, ANALYZE_MAX_CHARS } from "../../lib/validation/analyze";
import { hostileString, RUNS } from "./support/hostile";

type Reading = { level: number; score: number; matches: { phrase: string; weight: number; start: number; end: number }[] };

const contentType = fc.oneof(
  fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""),
  hostileString,
);

/** Text worth reading: lexicon phrases among hostile text, so matches are found and checked. */
const text = fc.oneof(
  hostileString,
  fc.array(fc.oneof(hostileString, fc.constantFrom("systemic challenges", "China", "decisive enabler", "n’est pas notre adversaire", "coercive policies")), { maxLength: 8 }).map((parts) => parts.join(" ")),
  fc.nat({ max: 5 }).map((extra) => "systemic challenges ".repeat(Math.ceil(ANALYZE_MAX_CHARS / 20)).slice(0, ANALYZE_MAX_CHARS - 2 + extra)),
);

/** Bodies: valid-looking objects with wrong types, other JSON values, broken JSON. */
const body = fc.oneof(
  fc.record({ text: fc.oneof(text, fc.anything()), language: fc.oneof(fc.constantFrom("en", "fr", "de", "EN", ""), fc.anything()) }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
  fc.record({ text }, { requiredKeys: ["text"] }).map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  hostileString,
  fc.constantFrom('{"text": "a"', '{"text": "\\ud800"}', '{"__proto__": {"text": "x"}}', "\u0000", "[]", "null"),
);

function post(type: string, payload: string): Request {
  const headers = new Headers();
  // Headers refuses some strings outright (control characters): a client cannot send those.
  try {
    if (type) headers.set("content-type", type);
  } catch {
    headers.set("content-type", "application/octet-stream");
  }
  return new Request("http://localhost:3000/api/analyze", { method: "POST", headers, body: payload });
}

describe("POST /api/analyze with random and hostile bodies", () => {
  it("answers the documented reading or a 400 { error: { code, message } }, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(contentType, body, async (type, payload) => {
        const response = await POST(post(type, payload));
        const json = (await response.json()) as Reading & { error?: { code: string; message: string } };
        if (Buffer.byteLength(payload) > ANALYZE_MAX_BODY_BYTES) {
          expect(response.status).toBe(413);
          expect(json.error!.code).toBe("payload_too_large");
          return;
        }
        if (response.status === 400) {
          expect(Object.keys(json)).toEqual(["error"]);
          expect(json.error!.code).toMatch(/^(unsupported_media_type|invalid_json|invalid_request|invalid_body)$/);
          expect(json.error!.message.length).toBeGreaterThan(0);
          return;
        }
        expect(response.status).toBe(200);
        const sent = (JSON.parse(payload) as { text: string }).text;
        expect(Number.isInteger(json.level) && json.level >= 0 && json.level <= 5).toBe(true);
        expect(Number.isFinite(json.score)).toBe(true);
        for (const match of json.matches) {
          expect(0 <= match.start && match.start < match.end && match.end <= sent.length, JSON.stringify(match)).toBe(true);
          expect(Number.isFinite(match.weight)).toBe(true);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("reads a real sentence (the property above does see successes)", async () => {
    const response = await POST(post("application/json", JSON.stringify({ text: "China's policies present systemic challenges." })));
    expect(response.status).toBe(200);
    const reading = (await response.json()) as Reading;
    expect(reading.matches.length).toBeGreaterThan(0);
    expect(reading.level).toBeGreaterThan(0);
  });

  it("refuses a body over the limit with 413 before reading it whole, declared or not", async () => {
    const size = 50 * 1024 * 1024;
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
        if (pulled >= size) controller.close();
      },
    });
    const undeclared = new Request("http://localhost:3000/api/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: endless, duplex: "half" } as RequestInit);
    const response = await POST(undeclared);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    // Stopped just past the limit, not after 50 MB.
    expect(pulled).toBeLessThan(ANALYZE_MAX_BODY_BYTES + 256 * 1024);

    const declared = new Request("http://localhost:3000/api/analyze", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(size) },
      body: "{}",
    });
    expect((await POST(declared)).status).toBe(413);
  });

  it("still reads the longest text allowed, even with every character escaped", async () => {
    const escaped = `{"text": "${"\\u00e9".repeat(ANALYZE_MAX_CHARS)}"}`;
    expect(Buffer.byteLength(escaped)).toBeLessThanOrEqual(ANALYZE_MAX_BODY_BYTES);
    expect((await POST(post("application/json", escaped))).status).toBe(200);
  });
});
