import "server-only";
import type { MetadataRoute } from "next";
import { db } from "../db/client";
import { absoluteUrl, sourcePath, statementPath } from "../site/urls";

const PAGES = ["/", "/trends", "/methodology", "/api"];

/** Every public page: the fixed ones, each published statement and each source (source pages are all public). */
export async function sitemapEntries(siteUrl: string): Promise<MetadataRoute.Sitemap> {
  const [statements, sources] = await Promise.all([
    db.statement.findMany({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    db.source.findMany({ orderBy: { id: "asc" }, select: { id: true, updatedAt: true } }),
  ]);
  return [
    ...PAGES.map((path) => ({ url: absoluteUrl(siteUrl, path) })),
    ...statements.map((statement) => ({ url: absoluteUrl(siteUrl, statementPath(statement.slug)), lastModified: statement.updatedAt })),
    ...sources.map((source) => ({ url: absoluteUrl(siteUrl, sourcePath(source.id)), lastModified: source.updatedAt })),
  ];
}
