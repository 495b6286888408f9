import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FILTER_PARAMS } from "../../lib/statements/filters";
import { TEST_DATABASES, type TestDatabase } from "../support/databases";
import { openAppDatabase } from "./support/app-database";
import { hostileQuery, hostileString, RUNS } from "./support/hostile";

// connection() only tells Next.js not to prerender a route; outside a request it has no scope to mark.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => {} }));

const SITE = "http://localhost:3000";
const PAGE_PARAMS = ["limit", "cursor"];
const OEMBED_PARAMS = ["url", "format", "maxwidth", "maxheight"];

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function request(path: string, query: URLSearchParams): Request {
  return new Request(`${SITE}${path}?${query}`);
}

/** A 4xx from the API: JSON `{ error: { code, message } }` whose message names one of `params`. */
async function expectApiError(response: Response, params: readonly string[]) {
  const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code).toBe("string");
  expect(typeof body.error?.message).toBe("string");
  if (response.status === 400) expect(params.some((param) => (body.error!.message as string).startsWith(param)), String(body.error!.message)).toBe(true);
}

for (const [name, open] of TEST_DATABASES) {
  describe(`API query parameters on ${name}: never a 500`, () => {
    let database: TestDatabase;
    const routes: Record<string, Handler> = {};

    beforeAll(async () => {
      database = await openAppDatabase(open);
      routes.list = (await import("../../app/api/statements/route")).GET;
      routes.csv = (await import("../../app/api/statements/export.csv/route")).GET;
      routes.json = (await import("../../app/api/statements/export.json/route")).GET;
      routes.statement = (await import("../../app/api/statements/[slug]/route")).GET as Handler;
      routes.source = (await import("../../app/api/sources/[id]/route")).GET as Handler;
      routes.oembed = (await import("../../app/api/oembed/route")).GET;
      routes.embed = (await import("../../app/embed/statements/[slug]/route")).GET as Handler;
      routes.bib = (await import("../../app/statements/[slug]/cite.bib/route")).GET as Handler;
      routes.ris = (await import("../../app/statements/[slug]/cite.ris/route")).GET as Handler;
      routes.sources = (await import("../../app/api/sources/route")).GET as Handler;
      routes.themes = (await import("../../app/api/themes/route")).GET as Handler;
      routes.feed = (await import("../../app/feed.xml/route")).GET as Handler;
    });

    afterAll(() => database?.close());

    it("/api/statements: 200 with data, or a 400 naming the parameter", async () => {
      await fc.assert(
        fc.asyncProperty(hostileQuery([...FILTER_PARAMS, ...PAGE_PARAMS]), async (query) => {
          const response = await routes.list!(request("/api/statements", query), { params: Promise.resolve({}) });
          expect([200, 400]).toContain(response.status);
          if (response.status === 200) expect(Array.isArray(((await response.json()) as { data: unknown }).data)).toBe(true);
          else await expectApiError(response, [...FILTER_PARAMS, ...PAGE_PARAMS]);
        }),
        { numRuns: RUNS },
      );
    });

    it("the CSV and JSON exports: 200, or a 400 naming the parameter", async () => {
      await fc.assert(
        fc.asyncProperty(hostileQuery(FILTER_PARAMS), fc.constantFrom("csv", "json"), async (query, format) => {
          const response = await routes[format]!(request(`/api/statements/export.${format}`, query), { params: Promise.resolve({}) });
          expect([200, 400]).toContain(response.status);
          if (response.status === 400) await expectApiError(response, FILTER_PARAMS);
        }),
        { numRuns: RUNS },
      );
    });

    it("a statement, source, embed or citation by any slug or id: 200 or 404", async () => {
      await fc.assert(
        fc.asyncProperty(hostileString, fc.constantFrom("statement", "source", "embed", "bib", "ris"), async (slug, route) => {
          const params: Record<string, string> = route === "source" ? { id: slug } : { slug };
          const response = await routes[route]!(new Request(`${SITE}/x`), { params: Promise.resolve(params) });
          expect(response.status).toBe(404);
          if (route === "statement" || route === "source") await expectApiError(response, []);
          else expect((await response.text()).length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
    });

    it("oEmbed: 200, a 4xx naming the parameter, or the 501 the oEmbed specification asks for format=xml", async () => {
      const slugOrHostileUrl = fc.oneof(hostileString, hostileString.map((slug) => `${SITE}/statements/${slug}`));
      const query = fc.tuple(hostileQuery(OEMBED_PARAMS), fc.option(slugOrHostileUrl)).map(([params, url]) => {
        if (url !== null) params.set("url", url);
        return params;
      });
      await fc.assert(
        fc.asyncProperty(query, async (params) => {
          const response = await routes.oembed!(request("/api/oembed", params), { params: Promise.resolve({}) });
          if (response.status === 501) expect(params.get("format")?.trim()).toBe("xml");
          else expect([200, 400, 404]).toContain(response.status);
          if (response.status !== 200) await expectApiError(response, OEMBED_PARAMS);
        }),
        { numRuns: RUNS },
      );
    });

    it("lists and the feed ignore any query", async () => {
      await fc.assert(
        fc.asyncProperty(hostileQuery(["q", "limit"]), fc.constantFrom("sources", "themes", "feed"), async (query, route) => {
          const response = await routes[route]!(request(`/${route}`, query), { params: Promise.resolve({}) });
          expect(response.status).toBe(200);
        }),
        { numRuns: Math.ceil(RUNS / 4) },
      );
    });

    it("known statements still answer 200 through the same handlers (the properties can fail)", async () => {
      const slug = (await database.db.statement.findFirstOrThrow({ where: { status: "PUBLISHED" } })).slug;
      for (const route of ["statement", "embed", "bib", "ris"]) {
        expect((await routes[route]!(new Request(`${SITE}/x`), { params: Promise.resolve({ slug }) })).status, route).toBe(200);
      }
      const oembed = await routes.oembed!(request("/api/oembed", new URLSearchParams({ url: `${SITE}/statements/${slug}` })), { params: Promise.resolve({}) });
      expect(oembed.status).toBe(200);
    });
  });
}
