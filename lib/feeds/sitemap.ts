import "server-only";
import type { MetadataRoute } from "next";
import { db } from "../db/client";
import { localizePath } from "../i18n/locale-path";
import { routing } from "../i18n/routing";
import { absoluteUrl, sourcePath, statementPath } from "../site/urls";

const PAGES = ["/", "/trends", "/methodology", "/api"];

/** A page's English address, with every language's version as its alternates. */
function entry(siteUrl: string, path: string, lastModified?: Date): MetadataRoute.Sitemap[number] {
  const languages = Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(siteUrl, localizePath(path, locale))]));
  return { url: absoluteUrl(siteUrl, path), ...(lastModified ? { lastModified } : {}), alternates: { languages } };
}

/** Every public page: the fixed ones, each published statement and each source (source pages are all public). */
export async function sitemapEntries(siteUrl: string): Promise<MetadataRoute.Sitemap> {
  const [statements, sources] = await Promise.all([
    db.statement.findMany({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    db.source.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } }),
  ]);
  return [
    ...PAGES.map((path) => entry(siteUrl, path)),
    ...statements.map((statement) => entry(siteUrl, statementPath(statement.slug), statement.updatedAt)),
    ...sources.map((source) => entry(siteUrl, sourcePath(source.id), source.updatedAt)),
  ];
}
