import { MAX_TONE_LEVEL, NOT_MENTIONED } from "../tone/scale";
import { timelineHref } from "./links";
import { isoDay, type TrendStatement } from "./types";

const DAY_MS = 86_400_000;
/** Statements on the same day at the same level are spread this far apart so each can be pointed at. */
const SPREAD_MS = 45 * DAY_MS;

export type TonePoint = {
  slug: string;
  title: string;
  date: string;
  level: number;
  /** Position on the time axis (ms), spread slightly when several points would coincide. */
  t: number;
  href: string;
};

/** Every statement as a point on a date × level chart, level 0 included. */
export function tonePoints(statements: readonly TrendStatement[]): TonePoint[] {
  const groups = new Map<string, TrendStatement[]>();
  for (const statement of statements) {
    const key = `${isoDay(statement.date)}|${statement.toneLevel}`;
    groups.set(key, [...(groups.get(key) ?? []), statement]);
  }
  return statements.map((statement) => {
    const date = isoDay(statement.date);
    const group = groups.get(`${date}|${statement.toneLevel}`)!;
    const offset = group.indexOf(statement) - (group.length - 1) / 2;
    return {
      slug: statement.slug,
      title: statement.title,
      date,
      level: statement.toneLevel,
      t: statement.date.getTime() + offset * SPREAD_MS,
      href: timelineHref({ from: date, to: date }),
    };
  });
}

/** Every year from the first statement's to the last's, so silent years show as gaps. */
export function yearSpan(statements: readonly TrendStatement[]): number[] {
  if (statements.length === 0) return [];
  const years = statements.map((statement) => statement.date.getUTCFullYear());
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => first + index);
}

export type YearlyAverage = {
  year: number;
  /** Mean level of the statements that mention China (levels 1–5); null when none did. */
  average: number | null;
  mentioned: number;
  total: number;
  /** Mid-year, where the average is drawn on the time axis. */
  t: number;
};

export function yearlyAverages(statements: readonly TrendStatement[]): YearlyAverage[] {
  return yearSpan(statements).map((year) => {
    const inYear = statements.filter((statement) => statement.date.getUTCFullYear() === year);
    const levels = inYear.map((statement) => statement.toneLevel).filter((level) => level !== NOT_MENTIONED);
    const average = levels.length ? Math.round((levels.reduce((sum, level) => sum + level, 0) / levels.length) * 100) / 100 : null;
    return { year, average, mentioned: levels.length, total: inYear.length, t: Date.UTC(year, 6, 1) };
  });
}

export type YearLevelCounts = {
  year: number;
  /** counts[level] for levels 0 (not mentioned) to 5. */
  counts: number[];
  total: number;
};

export function yearlyLevelCounts(statements: readonly TrendStatement[]): YearLevelCounts[] {
  return yearSpan(statements).map((year) => {
    const counts = Array.from({ length: MAX_TONE_LEVEL + 1 }, () => 0);
    for (const statement of statements) {
      if (statement.date.getUTCFullYear() === year) counts[statement.toneLevel] = (counts[statement.toneLevel] ?? 0) + 1;
    }
    return { year, counts, total: counts.reduce((sum, count) => sum + count, 0) };
  });
}
