/** Lower-cases and strips diacritics, so "Défis" matches "defis" on every database. */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

type Searchable = {
  title: string;
  quote: string | null;
  translation: string | null;
  summary: string | null;
  speaker: string | null;
  body: string | null;
};

/** What the timeline's `q` filter searches: quote, translation, title, summary, speaker, body. */
export function buildSearchText(statement: Searchable): string {
  return foldForSearch(
    [statement.title, statement.quote, statement.translation, statement.summary, statement.speaker, statement.body]
      .filter(Boolean)
      .join("\n"),
  );
}
