import Link from "next/link";
import { ToneLevel } from "@/components/tone/ToneLevel";
import type { KeyPhraseTrack } from "@/lib/trends/key-phrases";
import type { SummitPassage } from "@/lib/trends/summit-passages";
import { timelineHref } from "@/lib/trends/links";
import type { TonePoint, YearLevelCounts, YearlyAverage } from "@/lib/trends/tone-series";
import { MAX_TONE_LEVEL, toneLabel } from "@/lib/tone/scale";

const TABLE = "w-full border-collapse text-left text-sm";
const HEAD_ROW = "border-b border-zinc-300 dark:border-zinc-700";
const ROW = "border-b border-zinc-200 align-top dark:border-zinc-800";
const CELL = "py-1.5 pr-3";

export function ToneOverTimeTable({ points, averages }: { points: TonePoint[]; averages: YearlyAverage[] }) {
  return (
    <>
      <table className={TABLE} data-table="tone-over-time">
        <caption className="mb-2 text-left font-medium">Every statement and its tone level</caption>
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className={CELL}>Date</th>
            <th scope="col" className={CELL}>Statement</th>
            <th scope="col" className={CELL}>Tone</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.slug} className={ROW}>
              <td className={`${CELL} whitespace-nowrap`}>{point.date}</td>
              <th scope="row" className={`${CELL} font-normal`}>
                <Link href={point.href} className="underline">{point.title}</Link>
              </th>
              <td className={CELL}><ToneLevel level={point.level} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={`${TABLE} mt-4`} data-table="yearly-average">
        <caption className="mb-2 text-left font-medium">Yearly average of the statements that mention China</caption>
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className={CELL}>Year</th>
            <th scope="col" className={CELL}>Average level</th>
            <th scope="col" className={CELL}>Statements mentioning China</th>
            <th scope="col" className={CELL}>All statements</th>
          </tr>
        </thead>
        <tbody>
          {averages.map((year) => (
            <tr key={year.year} className={ROW}>
              <th scope="row" className={CELL}>{year.year}</th>
              <td className={CELL}>{year.average === null ? "—" : year.average.toFixed(2)}</td>
              <td className={CELL}>{year.mentioned}</td>
              <td className={CELL}>{year.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function PerYearTable({ years }: { years: YearLevelCounts[] }) {
  const levels = Array.from({ length: MAX_TONE_LEVEL + 1 }, (_, level) => level);
  return (
    <table className={TABLE} data-table="statements-per-year">
      <caption className="mb-2 text-left font-medium">Statements per year by tone level</caption>
      <thead>
        <tr className={HEAD_ROW}>
          <th scope="col" className={CELL}>Year</th>
          {levels.map((level) => (
            <th key={level} scope="col" className={CELL}>{level > 0 ? `${level} ${toneLabel(level)}` : toneLabel(level)}</th>
          ))}
          <th scope="col" className={CELL}>Total</th>
        </tr>
      </thead>
      <tbody>
        {years.map((year) => (
          <tr key={year.year} className={ROW}>
            <th scope="row" className={CELL}>{year.year}</th>
            {levels.map((level) => {
              const count = year.counts[level] ?? 0;
              return (
                <td key={level} className={CELL}>
                  {count > 0 ? (
                    <Link href={timelineHref({ from: String(year.year), to: String(year.year), tone: level })} className="underline">
                      {count}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
              );
            })}
            <td className={CELL}>{year.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function KeyPhraseTable({ tracks }: { tracks: KeyPhraseTrack[] }) {
  return (
    <table className={TABLE} data-table="key-phrases">
      <caption className="mb-2 text-left font-medium">Key phrases: first appearance and the years they appear</caption>
      <thead>
        <tr className={HEAD_ROW}>
          <th scope="col" className={CELL}>Phrase</th>
          <th scope="col" className={CELL}>First appearance</th>
          <th scope="col" className={CELL}>Years (statements)</th>
        </tr>
      </thead>
      <tbody>
        {tracks.map((track) => (
          <tr key={track.id} className={ROW}>
            <th scope="row" className={CELL}>&ldquo;{track.label}&rdquo;</th>
            <td className={CELL}>
              {track.first ? (
                <Link href={timelineHref({ from: track.first.date, to: track.first.date })} className="underline">
                  {track.first.date}: {track.first.title}
                </Link>
              ) : (
                "Not in these statements"
              )}
            </td>
            <td className={CELL}>{track.years.map((year) => `${year.year} (${year.statements})`).join(", ") || "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SummitTable({ passages }: { passages: SummitPassage[] }) {
  return (
    <table className={TABLE} data-table="summit-passages">
      <caption className="mb-2 text-left font-medium">Words added and dropped from one summit text to the next</caption>
      <thead>
        <tr className={HEAD_ROW}>
          <th scope="col" className={CELL}>Summit</th>
          <th scope="col" className={CELL}>Date</th>
          <th scope="col" className={CELL}>Quoted passages</th>
          <th scope="col" className={CELL}>Words added</th>
          <th scope="col" className={CELL}>Words dropped</th>
        </tr>
      </thead>
      <tbody>
        {passages.map((passage) => (
          <tr key={passage.sourceId} className={ROW}>
            <th scope="row" className={CELL}>{passage.name}</th>
            <td className={CELL}>{passage.date}</td>
            <td className={CELL}>{passage.statements}</td>
            <td className={CELL}>{passage.changes?.added ?? "—"}</td>
            <td className={CELL}>{passage.changes?.removed ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
