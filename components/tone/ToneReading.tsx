import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import type { ToneReading as ToneReadingResult } from "@/lib/tone/analyze";
import { toneDisagrees } from "@/lib/tone/disagreement";
import { formatWeight } from "@/lib/tone/highlight";
import { NOT_MENTIONED } from "@/lib/tone/scale";
import { ToneLevel } from "./ToneLevel";

export type ToneReadingProps = {
  /** The automatic reading of the quote (lib/tone/analyze.ts). */
  reading: ToneReadingResult;
  /** The editor's level, 0–5; it stays authoritative. */
  toneLevel: number;
};

/**
 * The automatic tone reading next to the editor's level, with the phrases it matched (they are
 * also highlighted in the quote) and a flag when the two differ by more than one level.
 */
export function ToneReading({ reading, toneLevel }: ToneReadingProps) {
  const t = useTranslations("statement.reading");
  const locale = useLocale();
  const disagrees = toneDisagrees(toneLevel, reading.level);
  return (
    <section aria-labelledby="tone-reading-heading" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 id="tone-reading-heading" className="text-lg font-semibold">
        {t("title")}
      </h3>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("editorLevel")}</dt>
        <dd>
          <ToneLevel level={toneLevel} />
        </dd>
        <dt className="font-medium">{t("suggestedLevel")}</dt>
        <dd>
          <ToneLevel level={reading.level} />{" "}
          <span className="text-zinc-600 dark:text-zinc-400">{t("score", { score: formatWeight(reading.score, locale) })}</span>
        </dd>
      </dl>
      {reading.matches.length > 0 && (
        <>
          <p className="mt-3 text-sm font-medium">{t("matched")}</p>
          <ul className="mt-1 flex flex-wrap gap-2 text-sm">
            {reading.matches.map((match) => (
              <li key={match.start} className="rounded border border-zinc-300 px-2 py-0.5 dark:border-zinc-700">
                {match.phrase} <span className="text-zinc-600 dark:text-zinc-400">({formatWeight(match.weight, locale)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {reading.matches.length === 0 && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t("noMatch")}</p>}
      {toneLevel === NOT_MENTIONED && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t("notMentioned")}</p>}
      {disagrees && (
        <p role="note" className="mt-2 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-amber-950">
          <strong>{t("disagreementLabel")}</strong> {t("disagreement")}
        </p>
      )}
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        <Link href="/methodology" className="underline">
          {t("howItWorks")}
        </Link>
      </p>
    </section>
  );
}
