import fs from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import Papa from "papaparse";
import { openApiValidator } from "../lib/testing/openapi-validator";
import { DRAFT_FIXTURE, FIXTURE_SOURCE_ID } from "./fixtures/fixture-data";
import { publishedInOrder, publishedStatements, sourceIds } from "./seed-data";

const WASHINGTON = "2024-07-10-washington-declaration-decisive-enabler";
const slugs = (items: { slug: string }[]) => items.map((item) => item.slug);

async function getJson(request: APIRequestContext, url: string, status = 200) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  return { body: await response.json(), headers: response.headers() };
}

/** Follows nextCursor from the first page to the last. */
async function walk(request: APIRequestContext, query: string, limit: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const { body } = await getJson(request, `/api/statements?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(body.data.length).toBeLessThanOrEqual(limit);
    seen.push(...slugs(body.data));
    cursor = body.nextCursor;
    pages++;
  } while (cursor);
  return { seen, pages };
}

test.describe("GET /api/statements", () => {
  test("lists every published statement by date, with source and themes, and cache headers", async ({ request, baseURL }) => {
    const { body, headers } = await getJson(request, "/api/statements");
    expect(slugs(body.data)).toEqual(slugs(publishedInOrder()));
    expect(body.nextCursor).toBeNull();
    expect(slugs(body.data)).not.toContain(DRAFT_FIXTURE.slug);
    expect(headers["cache-control"]).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=300");
    const washington = body.data.find((statement: { slug: string }) => statement.slug === WASHINGTON);
    expect(washington).toMatchObject({
      date: "2024-07-10",
      toneLevel: 5,
      url: `${baseURL}/statements/${WASHINGTON}`,
      source: { id: "nato-2024-07-10-washington-summit-declaration", outlet: "NATO", kind: "OFFICIAL_NATO", publishedAt: "2024-07-10" },
    });
    expect(washington.themes).toContainEqual({ slug: "russia-ukraine", name: expect.any(String) });
  });

  for (const sort of ["asc", "desc"] as const) {
    test(`pages of 7 (sort=${sort}) add up to the whole list, each statement once`, async ({ request }) => {
      const { seen, pages } = await walk(request, `sort=${sort}`, 7);
      expect(seen).toEqual(slugs(publishedInOrder(sort)));
      expect(new Set(seen).size).toBe(seen.length);
      expect(pages).toBeGreaterThanOrEqual(Math.ceil(publishedStatements.length / 7));
    });
  }

  test("takes the timeline's filters", async ({ request }) => {
    const { body } = await getJson(request, "/api/statements?tone=4,5&sort=desc&limit=200");
    expect(slugs(body.data)).toEqual(slugs(publishedInOrder("desc").filter((statement) => statement.toneLevel >= 4)));
    for (const statement of body.data) expect(statement.toneLevel).toBeGreaterThanOrEqual(4);
    const french = await getJson(request, "/api/statements?lang=fr&q=adversaire");
    expect(french.body.data.length).toBeGreaterThan(0);
    for (const statement of french.body.data) expect(statement.language).toBe("fr");
  });

  const badQueries: [string, string][] = [
    ["limit=0", "limit"],
    ["limit=201", "limit"],
    ["limit=ten", "limit"],
    ["cursor=not-a-slug", "cursor"],
    ["cursor=2099-01-01-nothing-here", "cursor"],
    [`cursor=${DRAFT_FIXTURE.slug}`, "cursor"],
    ["tone=9", "tone"],
    ["from=2021-13-45", "from"],
    ["from=2023&to=2021", "from"],
    ["sort=sideways", "sort"],
    ["type=memo", "type"],
    ["disagree=yes", "disagree"],
    [`q=${"a".repeat(201)}`, "q"],
  ];
  for (const [query, param] of badQueries) {
    test(`answers 400 naming ${param} for ${query.slice(0, 40)}`, async ({ request }) => {
      const { body, headers } = await getJson(request, `/api/statements?${query}`, 400);
      expect(body).toEqual({ error: { code: "invalid_parameter", message: expect.stringMatching(new RegExp(`^${param}\\b`)) } });
      expect(headers["cache-control"]).toBe("no-store");
    });
  }
});

test.describe("single resources", () => {
  test("GET /api/statements/{slug} answers a published statement and 404 otherwise", async ({ request }) => {
    const { body } = await getJson(request, `/api/statements/${WASHINGTON}`);
    expect(body.data.slug).toBe(WASHINGTON);
    for (const missing of ["2099-01-01-nothing-here", DRAFT_FIXTURE.slug, "%E2%80%9Cweird%22"]) {
      const { body: error } = await getJson(request, `/api/statements/${missing}`, 404);
      expect(error.error.code).toBe("not_found");
    }
  });

  test("GET /api/sources lists every source; /api/sources/{id} gives its published statements only", async ({ request }) => {
    const { body } = await getJson(request, "/api/sources");
    const ids: string[] = body.data.map((source: { id: string }) => source.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(sourceIds));
    const fixture = await getJson(request, `/api/sources/${FIXTURE_SOURCE_ID}`);
    expect(fixture.body.data.statements).toEqual(publishedStatements.filter((s) => s.slug.includes("e2e-fixture")).map((s) => s.slug));
    expect(fixture.body.data.statements).not.toContain(DRAFT_FIXTURE.slug);
    const { body: error } = await getJson(request, "/api/sources/no-such-source", 404);
    expect(error).toEqual({ error: { code: "not_found", message: expect.stringContaining("no-such-source") } });
  });

  test("GET /api/themes counts published statements per theme", async ({ request }) => {
    const { body } = await getJson(request, "/api/themes");
    const russia = body.data.find((theme: { slug: string }) => theme.slug === "russia-ukraine");
    const { body: filtered } = await getJson(request, "/api/statements?theme=russia-ukraine&limit=200");
    expect(russia.statementCount).toBe(filtered.data.length);
  });
});

test.describe("the OpenAPI document", () => {
  test("describes the real responses: every one validates against its schema", async ({ request, baseURL }) => {
    const { body: document } = await getJson(request, "/api/openapi.json");
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: baseURL }]);
    const validate = openApiValidator(document);
    const oembedUrl = encodeURIComponent(`${baseURL}/statements/${WASHINGTON}`);
    const cases: [string, string, number][] = [
      ["/api/statements?limit=3", "StatementPage", 200],
      ["/api/statements?limit=200&sort=desc", "StatementPage", 200],
      [`/api/statements/${WASHINGTON}`, "StatementResponse", 200],
      ["/api/statements/export.json", "StatementExport", 200],
      ["/api/sources", "SourceList", 200],
      [`/api/sources/${FIXTURE_SOURCE_ID}`, "SourceResponse", 200],
      ["/api/themes", "ThemeList", 200],
      [`/api/oembed?url=${oembedUrl}`, "OEmbed", 200],
      ["/api/statements?limit=0", "Error", 400],
      ["/api/statements/2099-01-01-nothing-here", "Error", 404],
      ["/api/oembed?format=xml", "Error", 501],
    ];
    for (const [url, schema, status] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      expect(validate(schema, await response.json()), url).toEqual([]);
    }
    // Every documented path answers.
    for (const path of Object.keys(document.paths)) {
      const operation = document.paths[path].get;
      const response = await request.get(operation["x-example"]);
      expect(response.status(), path).toBe(200);
    }
  });

  test("the /api page documents every endpoint with a working example", async ({ page, request }) => {
    const { body: document } = await getJson(request, "/api/openapi.json");
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("NATO–China Tracker API");
    for (const path of Object.keys(document.paths)) {
      await expect(page.getByRole("heading", { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("rowheader", { name: "cursor" })).toBeVisible();
    await page.getByRole("link", { name: "OpenAPI 3.1 document" }).click();
    await expect(page).toHaveURL(/\/api\/openapi\.json$/);
  });
});

test.describe("downloads from the timeline", () => {
  const VIEW = "/?tone=4,5&sort=desc";

  async function timelineSlugs(page: import("@playwright/test").Page) {
    const hrefs = await page.locator("main ol li article a[href^='/statements/']").evaluateAll((links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );
    return [...new Set(hrefs.map((href) => href.replace("/statements/", "")))];
  }

  test("Download CSV gives exactly the filtered view, every row, in order, with accents intact", async ({ page, request }) => {
    await page.goto(VIEW);
    const expected = slugs(publishedInOrder("desc").filter((statement) => statement.toneLevel >= 4));
    const shown = await timelineSlugs(page);
    expect(shown).toEqual(expected);
    await expect(page.getByText(`${shown.length} statements match these filters`)).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("nato-china-statements.csv");
    const text = await fs.readFile((await download.path())!, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((row) => row.slug)).toEqual(shown);

    // The values are the API's, French included.
    const { body } = await getJson(request, "/api/statements?lang=fr&limit=200");
    const csv = await request.get("/api/statements/export.csv?lang=fr");
    const french = Papa.parse<Record<string, string>>((await csv.text()).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(french.map((row) => row.quote)).toEqual(body.data.map((statement: { quote: string | null }) => statement.quote ?? ""));
    expect(french.some((row) => /[éèàç’«]/.test(row.quote ?? ""))).toBe(true);
  });

  test("Download JSON gives every statement of the view", async ({ page }) => {
    await page.goto("/?sort=desc");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download JSON" }).click()]);
    expect(download.suggestedFilename()).toBe("nato-china-statements.json");
    const body = JSON.parse(await fs.readFile((await download.path())!, "utf8"));
    expect(slugs(body.data)).toEqual(slugs(publishedInOrder("desc")));
  });

  test("an export with a bad filter is a 400 naming it", async ({ request }) => {
    for (const url of ["/api/statements/export.csv?tone=banana", "/api/statements/export.json?tone=banana"]) {
      const { body } = await getJson(request, url, 400);
      expect(body.error.message).toMatch(/^tone/);
    }
  });
});
