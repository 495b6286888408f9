import { analyzeTone, lexiconLanguage } from "@/lib/tone/analyze";
import { toneDisagrees } from "@/lib/tone/disagreement";
import { formatWeight } from "@/lib/tone/highlight";
import { NOT_MENTIONED } from "@/lib/tone/scale";
import { HighlightedText } from "./HighlightedText";
import { ToneLevel } from "./ToneLevel";

export type ToneReadingProps = {
  /** The quote exactly as published. */
  quote: string;
  /** BCP 47 code of the quote; English and French have their own lexicons. */
  language: string;
  /** The editor's level, 0–5; it stays authoritative. */
  toneLevel: number;
};

/**
 * The automatic tone reading of a quote next to the editor's level: the matched phrases are
 * highlighted with their weights, and a difference of more than one level is flagged.
 */
export function ToneReading({ quote, language, toneLevel }: ToneReadingProps) {
  const reading = analyzeTone(quote, lexiconLanguage(language));
  const disagrees = toneDisagrees(toneLevel, reading.level);
  return (
    <section aria-labelledby="tone-reading-heading" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="tone-reading-heading" className="text-lg font-semibold">
        Tone reading
      </h2>
      <blockquote lang={language} className="mt-2 border-l-4 border-zinc-300 pl-3 leading-relaxed dark:border-zinc-700">
        <HighlightedText text={quote} matches={reading.matches} />
      </blockquote>
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
        <a href="/methodology" className="underline">
          How the reading works
        </a>
      </p>
    </section>
  );
}
