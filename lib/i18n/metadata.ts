import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { localizePath } from "./locale-path";
import { routing, type Locale } from "./routing";

type Alternates = NonNullable<Metadata["alternates"]>;
type Options = { types?: Alternates["types"]; canonical?: boolean };

/**
 * A page's hreflang alternates (both languages, English as x-default), its canonical address in
 * its own language, and the site's feed: a page's `alternates` replaces the layout's, so every
 * page that sets them gets the feed from here. `path` is the English, unprefixed path.
 * `canonical: false` for pages whose query makes a different view (the filtered timeline).
 */
export async function localeAlternates(path: string, locale: Locale, { types = {}, canonical = true }: Options = {}): Promise<Alternates> {
  const { siteUrl } = env();
  const t = await getTranslations({ locale, namespace: "common" });
  const languages = Object.fromEntries(routing.locales.map((other) => [other, `${siteUrl}${localizePath(path, other)}`]));
  return {
    ...(canonical ? { canonical: `${siteUrl}${localizePath(path, locale)}` } : {}),
    languages: { ...languages, "x-default": `${siteUrl}${path}` },
    types: { "application/atom+xml": [{ url: "/feed.xml", title: t("feedTitle") }], ...types },
  };
}

/** The locale of a page's params, which the layout has already checked. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return routing.locales.includes(locale as Locale) ? (locale as Locale) : routing.defaultLocale;
}
