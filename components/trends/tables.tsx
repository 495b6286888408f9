import { useLocale, useTranslations } from "next-intl";
import { ToneLevel } from "@/components/tone/ToneLevel";
import { formatIsoDate } from "@/lib/format/date";
import { formatDecimal } from "@/lib/format/number";
import { toneName } from "@/lib/i18n/labels";
import { Link } from "@/lib/i18n/link";
import type { KeyPhraseTrack } from "@/lib/trends/key-phrases";
import type { SummitPassage } from "@/lib/trends/summit-passages";
import { timelineHref } from "@/lib/trends/links";
import type { TonePoint, YearLevelCounts, YearlyAverage } from "@/lib/trends/tone-series";
import { MAX_TONE_LEVEL } from "@/lib/tone/scale";

const TABLE = "w-full border-collapse text-left text-sm";
const HEAD_ROW = "border-b border-zinc-300 dark:border-zinc-700";
const ROW = "border-b border-zinc-200 align-top dark:border-zinc-800";
const CELL = "py-1.5 pr-3";

export function ToneOverTimeTable({ points, averages }: { points: TonePoint[]; averages: YearlyAverage[] }) {
  const t = useTranslations("trends.tables");
  const locale = useLocale();
  return (
    <>
      <table className={TABLE} data-table="tone-over-time">
        <caption className="mb-2 text-left font-medium">{t("everyStatement")}</caption>
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className={CELL}>{t("date")}</th>
            <th scope="col" className={CELL}>{t("statement")}</th>
            <th scope="col" className={CELL}>{t("tone")}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.slug} className={ROW}>
              <td className={`${CELL} whitespace-nowrap`}>{formatIsoDate(point.date, locale)}</td>
              <th scope="row" className={`${CELL} font-normal`}>
                <Link href={point.href} className="underline">{point.title}</Link>
              </th>
              <td className={CELL}><ToneLevel level={point.level} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={`${TABLE} mt-4`} data-table="yearly-average">
        <caption className="mb-2 text-left font-medium">{t("yearlyAverage")}</caption>
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className={CELL}>{t("year")}</th>
            <th scope="col" className={CELL}>{t("averageLevel")}</th>
            <th scope="col" className={CELL}>{t("mentioning")}</th>
            <th scope="col" className={CELL}>{t("all")}</th>
          </tr>
        </thead>
        <tbody>
          {averages.map((year) => (
            <tr key={year.year} className={ROW}>
              <th scope="row" className={CELL}>{year.year}</th>
              <td className={CELL}>{year.average === null ? "—" : formatDecimal(year.average, 2, locale)}</td>
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
  const t = useTranslations("trends.tables");
  const labels = useTranslations("labels");
  const levels = Array.from({ length: MAX_TONE_LEVEL + 1 }, (_, level) => level);
  return (
    <table className={TABLE} data-table="statements-per-year">
      <caption className="mb-2 text-left font-medium">{t("perYear")}</caption>
      <thead>
        <tr className={HEAD_ROW}>
          <th scope="col" className={CELL}>{t("year")}</th>
          {levels.map((level) => (
            <th key={level} scope="col" className={CELL}>{level > 0 ? `${level} ${toneName(labels, level)}` : toneName(labels, level)}</th>
          ))}
          <th scope="col" className={CELL}>{t("total")}</th>
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
  const t = useTranslations("trends.tables");
  const locale = useLocale();
  return (
    <table className={TABLE} data-table="key-phrases">
      <caption className="mb-2 text-left font-medium">{t("keyPhrases")}</caption>
      <thead>
        <tr className={HEAD_ROW}>
          <th scope="col" className={CELL}>{t("phrase")}</th>
          <th scope="col" className={CELL}>{t("firstAppearance")}</th>
          <th scope="col" className={CELL}>{t("yearsStatements")}</th>
        </tr>
      </thead>
      <tbody>
        {tracks.map((track) => (
          <tr key={track.id} className={ROW}>
            <th scope="row" className={CELL}>&ldquo;{track.label}&rdquo;</th>
            <td className={CELL}>
              {track.first ? (
                <Link href={timelineHref({ from: track.first.date, to: track.first.date })} className="underline">
                  {formatIsoDate(track.first.date, locale)}: {track.first.title}
                </Link>
              ) : (
                t("notInStatements")
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
  const t = useTranslations("trends.tables");
  const locale = useLocale();
  return (
    <table className={TABLE} data-table="summit-passages">
      <caption className="mb-2 text-left font-medium">{t("summits")}</caption>
      <thead>
        <tr className={HEAD_ROW}>
          <th scope="col" className={CELL}>{t("summit")}</th>
          <th scope="col" className={CELL}>{t("date")}</th>
          <th scope="col" className={CELL}>{t("quotedPassages")}</th>
          <th scope="col" className={CELL}>{t("wordsAdded")}</th>
          <th scope="col" className={CELL}>{t("wordsDropped")}</th>
        </tr>
      </thead>
      <tbody>
        {passages.map((passage) => (
          <tr key={passage.sourceId} className={ROW}>
            <th scope="row" className={CELL}>{passage.name}</th>
            <td className={CELL}>{formatIsoDate(passage.date, locale)}</td>
            <td className={CELL}>{passage.statements}</td>
            <td className={CELL}>{passage.changes?.added ?? "—"}</td>
            <td className={CELL}>{passage.changes?.removed ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
