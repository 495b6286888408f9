import { useLocale, useTranslations } from "next-intl";
import { formatWeight } from "@/lib/tone/highlight";
import { LEXICON, lexiconEntry } from "@/lib/tone/lexicon";

/** Every lexicon entry with its weight and wordings, straight from the module the analyzer uses. */
export function LexiconTable() {
  const t = useTranslations("methodology.lexicon");
  const locale = useLocale();
  // Keyed by lexicon id, which the compiler cannot check against the message files;
  // lib/tone/lexicon-notes.test.ts does.
  const notes = useTranslations("methodology.lexiconNotes");
  const entries = [...LEXICON].sort((a, b) => a.weight - b.weight);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" aria-describedby="lexicon-caption">
        <caption id="lexicon-caption" className="mb-2 text-left text-zinc-700 dark:text-zinc-300">
          {t("caption", { count: LEXICON.length })}
        </caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-2 pr-3">{t("phrase")}</th>
            <th scope="col" className="py-2 pr-3">{t("weight")}</th>
            <th scope="col" className="py-2 pr-3">{t("english")}</th>
            <th scope="col" className="py-2 pr-3">{t("french")}</th>
            <th scope="col" className="py-2">{t("why")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-zinc-200 align-top dark:border-zinc-800" data-lexicon-entry={entry.id}>
              <th scope="row" className="py-2 pr-3 font-semibold">{entry.label}</th>
              <td className="py-2 pr-3 tabular-nums">{formatWeight(entry.weight, locale)}</td>
              <td className="py-2 pr-3" lang="en">{entry.forms.en?.join(" · ") ?? "—"}</td>
              <td className="py-2 pr-3" lang="fr">{entry.forms.fr?.join(" · ") ?? "—"}</td>
              <td className="py-2">
                {notes(entry.id as Parameters<typeof notes>[0])}
                {entry.negatedAs && t("denied", { label: lexiconEntry(entry.negatedAs).label })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
