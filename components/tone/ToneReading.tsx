import Link from "next/link";
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
  const disagrees = toneDisagrees(toneLevel, reading.level);
  return (
    <section aria-labelledby="tone-reading-heading" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 id="tone-reading-heading" className="text-lg font-semibold">
        Tone reading
      </h3>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Editor&rsquo;s level</dt>
        <dd>
          <ToneLevel level={toneLevel} />
        </dd>
        <dt className="font-medium">Suggested level</dt>
        <dd>
          <ToneLevel level={reading.level} /> <span className="text-zinc-600 dark:text-zinc-400">(score {formatWeight(reading.score)})</span>
        </dd>
      </dl>
      {reading.matches.length > 0 && (
        <>
          <p className="mt-3 text-sm font-medium">Phrases matched (highlighted in the quote)</p>
          <ul className="mt-1 flex flex-wrap gap-2 text-sm">
            {reading.matches.map((match) => (
              <li key={match.start} className="rounded border border-zinc-300 px-2 py-0.5 dark:border-zinc-700">
                {match.phrase} <span className="text-zinc-600 dark:text-zinc-400">({formatWeight(match.weight)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {reading.matches.length === 0 && (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No phrase of the lexicon appears in this quote, so the suggestion rests on nothing.</p>
      )}
      {toneLevel === NOT_MENTIONED && (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          The editor marked this text as not mentioning China; the reading scores wording only and cannot judge that.
        </p>
      )}
      {disagrees && (
        <p role="note" className="mt-2 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-amber-950">
          <strong>Disagreement:</strong> the suggested level is more than one level from the editor&rsquo;s. The editor&rsquo;s level stands; the
          difference is worth a second look.
        </p>
      )}
      <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        <Link href="/methodology" className="underline">
          How the reading works
        </Link>
      </p>
    </section>
  );
}
