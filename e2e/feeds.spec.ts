import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DRAFT_FIXTURE } from "./fixtures/fixture-data";
import { publishedInOrder, sourceIds } from "./seed-data";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "url"].includes(name) });

test("the Atom feed lists the newest published statements with permalinks and timestamps", async ({ request, baseURL }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml);
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.link).toContainEqual({ "@rel": "self", "@href": `${baseURL}/feed.xml` });
  // Fewer than 50 statements are published, so the feed holds them all, newest first.
  const entrySlugs: string[] = feed.entry.map((entry: { id: string }) => entry.id.replace(`${baseURL}/statements/`, ""));
  expect(entrySlugs).toEqual(publishedInOrder("desc").map((statement) => statement.slug));
  const dates = entrySlugs.map((slug) => slug.slice(0, 10));
  expect(dates).toEqual([...dates].sort().reverse());
  expect(xml).not.toContain(DRAFT_FIXTURE.slug);
  const updated = feed.entry.map((entry: { updated: string }) => entry.updated);
  for (const stamp of updated) expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(feed.updated).toBe([...updated].sort().at(-1));
  expect(feed.entry[0].published).toBe(`${dates[0]}T00:00:00.000Z`);
  const link = await request.get(feed.entry[0].link[0]["@href"]);
  expect(link.status()).toBe(200);
});

test("the sitemap has every published statement and every source, and no draft", async ({ request, baseURL }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const locations: string[] = parser.parse(xml).urlset.url.map((url: { loc: string }) => url.loc);
  for (const statement of publishedInOrder()) expect(locations).toContain(`${baseURL}/statements/${statement.slug}`);
  for (const id of sourceIds) expect(locations).toContain(`${baseURL}/sources/${id}`);
  const statementLocations = locations.filter((loc) => loc.includes("/statements/"));
  expect(statementLocations.map((loc) => loc.replace(`${baseURL}/statements/`, ""))).toHaveLength(publishedInOrder().length);
  expect(locations).not.toContain(`${baseURL}/statements/${DRAFT_FIXTURE.slug}`);
});

test("robots.txt allows crawling, keeps embeds out and names the sitemap", async ({ request, baseURL }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Allow: /");
  expect(text).toContain("Disallow: /embed/");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the home page points feed readers at the Atom feed", async ({ page, baseURL }) => {
  await page.goto("/");
  const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  expect(new URL(href!, baseURL).pathname).toBe("/feed.xml");
});
