import "server-only";
import { db } from "../db/client";
import { timelineOrder } from "../statements/pagination";
import { isRecordSlug } from "../validation/identifiers";
import { absoluteUrl, sourcePath } from "../site/urls";
import { calendarDate, type ApiSourceSummary } from "./serialize";

const sourceSelect = { id: true, title: true, outlet: true, kind: true, url: true, publishedAt: true, language: true, reliabilityNote: true } as const;

type SourceRow = { id: string; title: string; outlet: string; kind: ApiSourceSummary["kind"]; url: string | null; publishedAt: Date | null; language: string; reliabilityNote: string | null };

export type ApiSource = ApiSourceSummary & { language: string; reliabilityNote: string | null };

function toApiSourceFull(row: SourceRow, siteUrl: string): ApiSource {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    kind: row.kind,
    url: row.url,
    publishedAt: row.publishedAt ? calendarDate(row.publishedAt) : null,
    page: absoluteUrl(siteUrl, sourcePath(row.id)),
    language: row.language,
    reliabilityNote: row.reliabilityNote,
  };
}

/** Every source, by id. Sources have no publication status: their pages are public. */
export async function listSources(siteUrl: string): Promise<ApiSource[]> {
  const rows = await db.source.findMany({ orderBy: { id: "asc" }, select: sourceSelect });
  return rows.map((row) => toApiSourceFull(row, siteUrl));
}

/** A source with the slugs of its published statements in timeline order, or null. */
export async function findSource(id: string, siteUrl: string): Promise<(ApiSource & { statements: string[] }) | null> {
  if (!isRecordSlug(id)) return null;
  const row = await db.source.findUnique({
    where: { id },
    select: { ...sourceSelect, statements: { where: { status: "PUBLISHED" }, orderBy: timelineOrder("asc"), select: { slug: true } } },
  });
  if (!row) return null;
  return { ...toApiSourceFull(row, siteUrl), statements: row.statements.map((statement) => statement.slug) };
}

/** Every theme with how many published statements carry it, by slug. */
export async function listThemes() {
  const rows = await db.theme.findMany({
    orderBy: { slug: "asc" },
    select: { slug: true, name: true, description: true, _count: { select: { statements: { where: { status: "PUBLISHED" } } } } },
  });
  return rows.map((row) => ({ slug: row.slug, name: row.name, description: row.description, statementCount: row._count.statements }));
}
