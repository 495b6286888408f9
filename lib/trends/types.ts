import type { DocumentType } from "../generated/sqlite/enums";

/** What the trend aggregations need to know about a statement. */
export type TrendStatement = {
  slug: string;
  title: string;
  date: Date;
  toneLevel: number;
  quote: string | null;
  translation: string | null;
  language: string;
  documentType: DocumentType;
  event: string | null;
  source: { id: string; title: string };
};

export type TrendMilestone = { slug: string; title: string; date: Date };

/** Calendar dates are stored at 00:00 UTC, so the ISO day is the first ten characters. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
