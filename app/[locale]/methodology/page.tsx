import type { Metadata } from "next";
import { LexiconTable } from "@/components/tone/LexiconTable";
import { ScoreBands } from "@/components/tone/ScoreBands";
import { ToneScale } from "@/components/tone/ToneScale";
import { NEGATION_WINDOW, NEGATORS } from "@/lib/tone/lexicon";

export const metadata: Metadata = { title: "Methodology" };

export default function MethodologyPage() {
  return (
    <article className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">How tone is measured</h1>
        <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">
          Every statement carries a tone level set by an editor, who has read it in context. Next to it the tracker shows an
          automatic reading of the quote&rsquo;s wording: a weighted list of phrases, so each suggestion can be traced to the words
          that produced it. The editor&rsquo;s level is authoritative; the reading is a check on it.
        </p>
      </header>

      <section aria-labelledby="scale-heading">
        <h2 id="scale-heading" className="text-2xl font-semibold">The scale</h2>
        <ToneScale />
      </section>

      <section aria-labelledby="lexicon-heading">
        <h2 id="lexicon-heading" className="text-2xl font-semibold">The lexicon</h2>
        <p className="mt-2 max-w-2xl">
          Negative weights pull towards engagement, positive ones towards threat. Where phrases overlap, the longest match wins and
          the words inside it are not counted again: &ldquo;not our adversary&rdquo; counts once, never also as &ldquo;adversary&rdquo;.
          A phrase marked as deniable that follows one of the words {[...NEGATORS.en, ...NEGATORS.fr].map((word) => `“${word}”`).join(", ")}{" "}
          within {NEGATION_WINDOW} words, in the same clause, counts as its denial instead (&ldquo;does not see China as an adversary&rdquo;).
        </p>
        <div className="mt-4">
          <LexiconTable />
        </div>
      </section>

      <section aria-labelledby="score-heading">
        <h2 id="score-heading" className="text-2xl font-semibold">From score to level</h2>
        <p className="mt-2 max-w-2xl">
          A text&rsquo;s score is the sum of the weights of its matches. The score falls in one of five bands. A text with no phrase
          from the lexicon scores 0 and is shown as level 2, the balanced middle: silence about engagement is not engagement, and
          silence about threats is not reassurance. Such a reading rests on nothing, and the tracker says so.
        </p>
        <ScoreBands />
      </section>

      <section aria-labelledby="limits-heading">
        <h2 id="limits-heading" className="text-2xl font-semibold">Limits</h2>
        <ul className="mt-2 max-w-2xl list-disc space-y-2 pl-5">
          <li>It reads words, not meaning: irony, emphasis (&ldquo;the strongest message NATO has ever sent&rdquo;) and context outside the quote escape it.</li>
          <li>It cannot tell whether a text is about China. Level 0, &ldquo;China not mentioned&rdquo;, is only ever the editor&rsquo;s judgement, and such statements are never flagged as disagreeing.</li>
          <li>Denial is found by nearby words only: &ldquo;not only a challenge but a threat&rdquo; is read correctly because &ldquo;but&rdquo; ends the clause, other turns of phrase may not be.</li>
          <li>Scores add up, so long texts that mix engagement and warnings drift towards whichever vocabulary is more frequent.</li>
          <li>The lexicon covers English and French, and was set from NATO&rsquo;s own vocabulary 2017–2024; new wording needs new entries.</li>
          <li>Press articles paraphrase: a reading of a journalist&rsquo;s words is a reading of the journalist.</li>
        </ul>
      </section>
    </article>
  );
}
