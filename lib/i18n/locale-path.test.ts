import { describe, expect, it } from "vitest";
import { isLocalizedPage, localizePath, splitLocale, switchLocaleHref } from "./locale-path";

describe("splitLocale", () => {
  it.each([
    ["/", "en", "/"],
    ["/trends", "en", "/trends"],
    ["/fr", "fr", "/"],
    ["/fr/statements/a-b", "fr", "/statements/a-b"],
    ["/en/trends", "en", "/trends"],
    ["/france", "en", "/france"],
  ])("%s", (pathname, locale, path) => {
    expect(splitLocale(pathname)).toEqual({ locale, path });
  });
});

describe("localizePath", () => {
  it("keeps English unprefixed and puts French under /fr", () => {
    expect(localizePath("/", "en")).toBe("/");
    expect(localizePath("/trends", "en")).toBe("/trends");
    expect(localizePath("/", "fr")).toBe("/fr");
    expect(localizePath("/statements/x", "fr")).toBe("/fr/statements/x");
    expect(localizePath("/?tone=4", "fr")).toBe("/fr?tone=4");
    expect(localizePath("/?tone=4", "en")).toBe("/?tone=4");
    expect(localizePath("/trends?from=2019#key-phrases", "fr")).toBe("/fr/trends?from=2019#key-phrases");
  });
});

describe("switchLocaleHref", () => {
  it("keeps the page and its query", () => {
    expect(switchLocaleHref("/", "tone=4", "fr")).toBe("/fr?tone=4");
    expect(switchLocaleHref("/fr", "?tone=4&q=adversary", "en")).toBe("/?tone=4&q=adversary");
    expect(switchLocaleHref("/fr/statements/x", "", "en")).toBe("/statements/x");
    expect(switchLocaleHref("/trends", "from=2019", "fr")).toBe("/fr/trends?from=2019");
  });
});

describe("isLocalizedPage", () => {
  it.each(["/", "/fr", "/statements/2024-07-10-x", "/fr/statements/2024-07-10-x/edit", "/api", "/fr/api", "/trends"])("%s is a page", (pathname) => {
    expect(isLocalizedPage(pathname)).toBe(true);
  });
  it.each([
    "/api/statements",
    "/embed/statements/x",
    "/_next/data/x",
    "/feed.xml",
    "/sitemap.xml",
    "/statements/x/cite.bib",
    "/statements/x/opengraph-image",
    "/statements/x/opengraph-image-1a2b3c",
  ])("%s is not", (pathname) => {
    expect(isLocalizedPage(pathname)).toBe(false);
  });
});
