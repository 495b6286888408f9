import type { Source, Statement, Theme } from "../generated/sqlite/client";
import { isoFromDate } from "../validation/fields";
import type { SourceInput } from "../validation/source";
import type { StatementInput } from "../validation/statement";
import type { ThemeInput } from "../validation/theme";

/**
 * Snapshots are what a revision stores: an entity in the shape of its validated input, so a
 * snapshot can be compared with new input, diffed for readers and fed back to restore it.
 */
export function statementSnapshot(row: Statement & { themes: Pick<Theme, "slug">[] }): StatementInput {
  return {
    slug: row.slug,
    date: isoFromDate(row.date),
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
    verification: row.verification,
    status: row.status,
    sourceId: row.sourceId,
    themes: row.themes.map((theme) => theme.slug).sort(),
  };
}

export function sourceSnapshot(row: Source): SourceInput {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    publishedAt: row.publishedAt && isoFromDate(row.publishedAt),
    language: row.language,
    kind: row.kind,
    fullText: row.fullText,
    retrievedAt: row.retrievedAt && isoFromDate(row.retrievedAt),
    reliabilityNote: row.reliabilityNote,
  };
}

export function themeSnapshot(row: Theme): ThemeInput {
  return { slug: row.slug, name: row.name, description: row.description };
}

/** Input with its lists in snapshot order, so equal content compares equal. */
export function normalizeStatementInput(input: StatementInput): StatementInput {
  return { ...input, themes: [...input.themes].sort() };
}

export function sameSnapshot<T extends object>(a: T, b: T): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}
