import { describe, expect, it } from "vitest";
import { firstVisitRedirect, preferredLocale, type FirstVisitRequest } from "./first-visit";

const home = (overrides: Partial<FirstVisitRequest> = {}): FirstVisitRequest => ({
  method: "GET",
  pathname: "/",
  search: "",
  localeCookie: undefined,
  acceptLanguage: null,
  ...overrides,
});

describe("preferredLocale", () => {
  it.each([
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["en-US,en;q=0.9,fr;q=0.8", "en"],
    ["de-DE,fr;q=0.7,en;q=0.5", "fr"],
    ["en;q=0.4,fr-CA;q=0.6", "fr"],
    ["FR", "fr"],
    ["de, it", undefined],
    ["fr;q=0, en;q=0.1", "en"],
    ["*", undefined],
    ["", undefined],
    [null, undefined],
  ])("%s -> %s", (header, expected) => {
    expect(preferredLocale(header)).toBe(expected);
  });
});

describe("firstVisitRedirect", () => {
  it("sends a French-preferring browser's first visit to / to /fr", () => {
    expect(firstVisitRedirect(home({ acceptLanguage: "fr-FR,fr;q=0.9,en;q=0.8" }))).toBe("/fr");
  });

  it("keeps / for English, other or no preferences", () => {
    expect(firstVisitRedirect(home({ acceptLanguage: "en-GB,en;q=0.9" }))).toBeNull();
    expect(firstVisitRedirect(home({ acceptLanguage: "de" }))).toBeNull();
    expect(firstVisitRedirect(home())).toBeNull();
  });

  it("lets the language chosen with the switch win over the browser's", () => {
    expect(firstVisitRedirect(home({ acceptLanguage: "fr", localeCookie: "en" }))).toBeNull();
    expect(firstVisitRedirect(home({ acceptLanguage: "en", localeCookie: "fr" }))).toBe("/fr");
  });

  it("ignores a cookie that names no language of the site", () => {
    expect(firstVisitRedirect(home({ acceptLanguage: "fr", localeCookie: "de" }))).toBe("/fr");
  });

  it("never redirects a shared link: another page, or / with filters", () => {
    expect(firstVisitRedirect(home({ pathname: "/statements/some-slug", acceptLanguage: "fr" }))).toBeNull();
    expect(firstVisitRedirect(home({ pathname: "/trends", acceptLanguage: "fr" }))).toBeNull();
    expect(firstVisitRedirect(home({ search: "?tone=4", acceptLanguage: "fr" }))).toBeNull();
    expect(firstVisitRedirect(home({ pathname: "/fr", acceptLanguage: "en" }))).toBeNull();
  });

  it("only answers page loads", () => {
    expect(firstVisitRedirect(home({ method: "POST", acceptLanguage: "fr" }))).toBeNull();
    expect(firstVisitRedirect(home({ method: "HEAD", acceptLanguage: "fr" }))).toBe("/fr");
  });
});
