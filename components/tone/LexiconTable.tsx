import { formatWeight } from "@/lib/tone/highlight";
import { LEXICON, lexiconEntry } from "@/lib/tone/lexicon";

/** Every lexicon entry with its weight and wordings, straight from the module the analyzer uses. */
export function LexiconTable() {
  const entries = [...LEXICON].sort((a, b) => a.weight - b.weight);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" aria-describedby="lexicon-caption">
        <caption id="lexicon-caption" className="mb-2 text-left text-zinc-700 dark:text-zinc-300">
          {LEXICON.length} phrases, from most conciliatory to most alarmed. Matching ignores case, accents and the apostrophe&rsquo;s style.
        </caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-2 pr-3">Phrase</th>
            <th scope="col" className="py-2 pr-3">Weight</th>
            <th scope="col" className="py-2 pr-3">English</th>
            <th scope="col" className="py-2 pr-3">French</th>
            <th scope="col" className="py-2">Why</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-zinc-200 align-top dark:border-zinc-800" data-lexicon-entry={entry.id}>
              <th scope="row" className="py-2 pr-3 font-semibold">{entry.label}</th>
              <td className="py-2 pr-3 tabular-nums">{formatWeight(entry.weight)}</td>
              <td className="py-2 pr-3" lang="en">{entry.forms.en?.join(" · ") ?? "—"}</td>
              <td className="py-2 pr-3" lang="fr">{entry.forms.fr?.join(" · ") ?? "—"}</td>
              <td className="py-2">
                {entry.note}
                {entry.negatedAs && ` Denied, it counts as “${lexiconEntry(entry.negatedAs).label}”.`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
