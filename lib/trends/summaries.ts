import { toneLabel } from "../tone/scale";
import type { KeyPhraseTrack } from "./key-phrases";
import type { SummitPassage } from "./summit-passages";
import type { YearLevelCounts, YearlyAverage } from "./tone-series";

/** The text alternatives that say in words what each chart shows. */

function formatAverage(average: number): string {
  return average.toFixed(1);
}

export function toneOverTimeSummary(averages: readonly YearlyAverage[]): string {
  const total = averages.reduce((sum, year) => sum + year.total, 0);
  if (total === 0) return "No statements match these filters.";
  const silent = averages.filter((year) => year.total > 0 && year.mentioned === 0).map((year) => year.year);
  const rated = averages.filter((year): year is YearlyAverage & { average: number } => year.average !== null);
  const parts = [`${total} statement${total === 1 ? "" : "s"} from ${averages[0]!.year} to ${averages.at(-1)!.year}.`];
  if (silent.length) parts.push(`China is not mentioned in ${silent.join(", ")}.`);
  const first = rated[0];
  const last = rated.at(-1);
  if (first && last && first !== last) {
    parts.push(
      `The yearly average tone of statements that mention China goes from ${formatAverage(first.average)} (${toneLabel(Math.round(first.average))}) in ${first.year} to ${formatAverage(last.average)} (${toneLabel(Math.round(last.average))}) in ${last.year}.`,
    );
  } else if (first) {
    parts.push(`The average tone in ${first.year} is ${formatAverage(first.average)} (${toneLabel(Math.round(first.average))}).`);
  }
  return parts.join(" ");
}

export function perYearSummary(years: readonly YearLevelCounts[]): string {
  const busiest = [...years].sort((a, b) => b.total - a.total)[0];
  if (!busiest || busiest.total === 0) return "No statements match these filters.";
  const levelsUsed = (year: YearLevelCounts) =>
    year.counts.flatMap((count, level) => (count > 0 ? [`${count} ${toneLabel(level).toLowerCase()}`] : [])).join(", ");
  const withStatements = years.filter((year) => year.total > 0);
  return `${busiest.year} has the most statements (${busiest.total}: ${levelsUsed(busiest)}). ${withStatements
    .map((year) => `${year.year}: ${year.total}`)
    .join("; ")}.`;
}

export function keyPhraseSummary(tracks: readonly KeyPhraseTrack[]): string {
  const used = tracks.filter((track) => track.first);
  if (used.length === 0) return "None of the key phrases appears in these statements.";
  return used
    .map((track) => {
      const years = track.years.map((year) => year.year);
      const span = years.length > 1 ? `, used in ${years.join(", ")}` : "";
      return `“${track.label}” first appears in ${track.first!.date.slice(0, 4)}${span}.`;
    })
    .join(" ");
}

export function summitSummary(passages: readonly SummitPassage[]): string {
  if (passages.length === 0) return "No summit text mentioning China matches these filters.";
  const changes = passages
    .filter((passage) => passage.changes)
    .map((passage) => `${passage.name}: ${passage.changes!.added} words added, ${passage.changes!.removed} dropped`);
  return `${passages.length} summit text${passages.length === 1 ? "" : "s"} mention China: ${passages.map((passage) => passage.name).join(", ")}.${changes.length ? ` Against the previous summit — ${changes.join("; ")}.` : ""}`;
}
