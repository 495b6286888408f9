import type { DocumentType, SourceKind, VerificationStatus } from "../generated/sqlite/enums";
import { absoluteUrl, sourcePath, statementPath } from "../site/urls";

/** The columns the API reads for a statement; nothing internal (ids, search text, versions, authors). */
export const apiStatementSelect = {
  slug: true,
  date: true,
  title: true,
  speaker: true,
  body: true,
  documentType: true,
  event: true,
  quote: true,
  language: true,
  translation: true,
  paragraphRef: true,
  summary: true,
  toneLevel: true,
  toneRationale: true,
  autoToneLevel: true,
  autoToneScore: true,
  verification: true,
  updatedAt: true,
  source: { select: { id: true, title: true, outlet: true, kind: true, url: true, publishedAt: true } },
  themes: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
} as const;

export type StatementRow = {
  slug: string;
  date: Date;
  title: string;
  speaker: string | null;
  body: string | null;
  documentType: DocumentType;
  event: string | null;
  quote: string | null;
  language: string;
  translation: string | null;
  paragraphRef: string | null;
  summary: string | null;
  toneLevel: number;
  toneRationale: string | null;
  autoToneLevel: number | null;
  autoToneScore: number | null;
  verification: VerificationStatus;
  updatedAt: Date;
  source: { id: string; title: string; outlet: string; kind: SourceKind; url: string | null; publishedAt: Date | null };
  themes: { slug: string; name: string }[];
};

export type ApiSourceSummary = { id: string; title: string; outlet: string; kind: SourceKind; url: string | null; publishedAt: string | null; page: string };

export type ApiStatement = Omit<StatementRow, "date" | "updatedAt" | "source"> & {
  date: string;
  updatedAt: string;
  /** The statement's page on this site. */
  url: string;
  source: ApiSourceSummary;
};

/** Statement dates are calendar dates (stored at 00:00 UTC): sent as YYYY-MM-DD. */
export const calendarDate = (date: Date) => date.toISOString().slice(0, 10);

export function toApiSource(source: StatementRow["source"], siteUrl: string): ApiSourceSummary {
  return {
    id: source.id,
    title: source.title,
    outlet: source.outlet,
    kind: source.kind,
    url: source.url,
    publishedAt: source.publishedAt ? calendarDate(source.publishedAt) : null,
    page: absoluteUrl(siteUrl, sourcePath(source.id)),
  };
}

export function toApiStatement(row: StatementRow, siteUrl: string): ApiStatement {
  return {
    slug: row.slug,
    date: calendarDate(row.date),
    title: row.title,
    speaker: row.speaker,
    body: row.body,
    documentType: row.documentType,
    event: row.event,
    quote: row.quote,
    language: row.language,
    translation: row.translation,
    paragraphRef: row.paragraphRef,
    summary: row.summary,
    toneLevel: row.toneLevel,
    toneRationale: row.toneRationale,
    autoToneLevel: row.autoToneLevel,
    autoToneScore: row.autoToneScore,
    verification: row.verification,
    updatedAt: row.updatedAt.toISOString(),
    url: absoluteUrl(siteUrl, statementPath(row.slug)),
    source: toApiSource(row.source, siteUrl),
    themes: row.themes.map((theme) => ({ slug: theme.slug, name: theme.name })),
  };
}
