import type { useTranslations } from "next-intl";
import { formatDecimal, formatList } from "../format/number";
import type { LabelTranslator } from "../i18n/labels";
import { toneName } from "../i18n/labels";
import type { KeyPhraseTrack } from "./key-phrases";
import type { SummitPassage } from "./summit-passages";
import type { YearLevelCounts, YearlyAverage } from "./tone-series";

/** The text alternatives that say in words what each chart shows, in the page's language. */

export type SummaryText = {
  t: ReturnType<typeof useTranslations<"trends.summary">>;
  labels: LabelTranslator;
  locale: string;
};

const years = (list: readonly number[], locale: string) => formatList(list.map(String), locale);

export function toneOverTimeSummary(averages: readonly YearlyAverage[], { t, labels, locale }: SummaryText): string {
  const total = averages.reduce((sum, year) => sum + year.total, 0);
  if (total === 0) return t("empty");
  const silent = averages.filter((year) => year.total > 0 && year.mentioned === 0).map((year) => year.year);
  const rated = averages.filter((year): year is YearlyAverage & { average: number } => year.average !== null);
  const parts = [t("span", { count: total, first: averages[0]!.year, last: averages.at(-1)!.year })];
  if (silent.length) parts.push(t("silent", { years: years(silent, locale) }));
  const first = rated[0];
  const last = rated.at(-1);
  const average = (value: number) => formatDecimal(value, 1, locale);
  if (first && last && first !== last) {
    parts.push(
      t("averageChange", {
        from: average(first.average),
        fromLabel: toneName(labels, Math.round(first.average)),
        fromYear: first.year,
        to: average(last.average),
        toLabel: toneName(labels, Math.round(last.average)),
        toYear: last.year,
      }),
    );
  } else if (first) {
    parts.push(t("averageSingle", { year: first.year, average: average(first.average), label: toneName(labels, Math.round(first.average)) }));
  }
  return parts.join(" ");
}

export function perYearSummary(list: readonly YearLevelCounts[], { t, labels, locale }: SummaryText): string {
  const busiest = [...list].sort((a, b) => b.total - a.total)[0];
  if (!busiest || busiest.total === 0) return t("empty");
  const levelsUsed = (year: YearLevelCounts) =>
    formatList(
      year.counts.flatMap((count, level) => (count > 0 ? [t("levelCount", { count, label: toneName(labels, level).toLocaleLowerCase(locale) })] : [])),
      locale,
    );
  const withStatements = list.filter((year) => year.total > 0).map((year) => t("yearCount", { year: year.year, count: year.total }));
  return `${t("busiest", { year: busiest.year, total: busiest.total, levels: levelsUsed(busiest) })} ${withStatements.join("; ")}.`;
}

export function keyPhraseSummary(tracks: readonly KeyPhraseTrack[], { t, locale }: SummaryText): string {
  const used = tracks.filter((track) => track.first);
  if (used.length === 0) return t("keyPhrasesNone");
  return used
    .map((track) => {
      const seen = track.years.map((year) => year.year);
      const values = { phrase: track.label, year: track.first!.date.slice(0, 4) };
      return seen.length > 1 ? t("keyPhraseSpan", { ...values, years: years(seen, locale) }) : t("keyPhraseFirst", values);
    })
    .join(" ");
}

export function summitSummary(passages: readonly SummitPassage[], { t, locale }: SummaryText): string {
  if (passages.length === 0) return t("summitsNone");
  const changes = passages.flatMap((passage) =>
    passage.changes ? [t("summitChange", { name: passage.name, added: passage.changes.added, removed: passage.changes.removed })] : [],
  );
  const intro = t("summits", { count: passages.length, names: formatList(passages.map((passage) => passage.name), locale) });
  return changes.length ? `${intro} ${t("summitChanges", { changes: changes.join("; ") })}` : intro;
}
