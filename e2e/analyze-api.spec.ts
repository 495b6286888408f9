import { expect, test } from "@playwright/test";

test.describe("POST /api/analyze", () => {
  test("reads English text, with positions in the original", async ({ request }) => {
    const text = "The PRC has become a decisive enabler of Russia's war. China is not our adversary.";
    const response = await request.post("/api/analyze", { data: { text } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    // +8 for the enabler, −1 for the reassurance: 7 stays just below the threat band.
    expect(body.score).toBe(7);
    expect(body.level).toBe(4);
    expect(body.matches.map((match: { start: number; end: number }) => text.slice(match.start, match.end))).toEqual(["decisive enabler", "not our adversary"]);
  });

  test("reads French text with the French lexicon", async ({ request }) => {
    const response = await request.post("/api/analyze", { data: { text: "Des défis systémiques et des politiques coercitives", language: "fr" } });
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ level: 4, score: 5, matches: [{ phrase: "défis systémiques", weight: 3 }, { phrase: "politiques coercitives", weight: 2 }] });
  });

  test("a text with no lexicon phrase reads as level 2 with no matches", async ({ request }) => {
    const response = await request.post("/api/analyze", { data: { text: "The budget was agreed." } });
    expect(await response.json()).toEqual({ level: 2, score: 0, matches: [] });
  });

  const badRequests: { name: string; body: string; contentType?: string; code: string; message: RegExp }[] = [
    { name: "empty text", body: JSON.stringify({ text: "" }), code: "invalid_request", message: /text must not be empty/ },
    { name: "oversized text", body: JSON.stringify({ text: "a".repeat(20_001) }), code: "invalid_request", message: /text must be at most 20,000 characters/ },
    { name: "malformed JSON", body: '{"text": "unterminated', code: "invalid_json", message: /not valid JSON/ },
    { name: "text of the wrong type", body: JSON.stringify({ text: 42 }), code: "invalid_request", message: /text must be a string/ },
    { name: "missing text", body: JSON.stringify({ language: "en" }), code: "invalid_request", message: /text is required/ },
    { name: "unknown language", body: JSON.stringify({ text: "dialogue", language: "de" }), code: "invalid_request", message: /language must be "en" or "fr"/ },
    { name: "a JSON array", body: "[]", code: "invalid_request", message: /JSON object/ },
    { name: "the wrong content type", body: "text=dialogue", contentType: "application/x-www-form-urlencoded", code: "unsupported_media_type", message: /application\/json/ },
  ];

  test("answers 413 to a body over 128 KiB, before parsing it", async ({ request }) => {
    const response = await request.post("/api/analyze", { data: Buffer.from(JSON.stringify({ text: "a".repeat(1024 * 1024) })), headers: { "content-type": "application/json" } });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });

  test("limits readings per client: the 61st in a minute gets 429 with Retry-After, another client is unaffected", async ({ playwright, baseURL }) => {
    // The suite's server believes X-Forwarded-For from loopback (it stands in for the proxy), so
    // each context here is a client of its own.
    const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.61" } });
    const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.62" } });
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await client.post("/api/analyze", { data: { text: "dialogue" } })).status());
    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    const refused = await client.post("/api/analyze", { data: { text: "dialogue" } });
    expect((await refused.json()).error.code).toBe("rate_limited");
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await other.post("/api/analyze", { data: { text: "dialogue" } })).status()).toBe(200);
    await client.dispose();
    await other.dispose();
  });

  for (const bad of badRequests) {
    test(`answers 400 naming the problem for ${bad.name}`, async ({ request }) => {
      const response = await request.post("/api/analyze", { data: Buffer.from(bad.body), headers: { "content-type": bad.contentType ?? "application/json" } });
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe(bad.code);
      expect(body.error.message).toMatch(bad.message);
    });
  }
});
