import { formatDate } from "../format/date";
import { excerpt } from "./highlight";

type Describable = { date: Date; speaker: string | null; body: string | null; quote: string | null; translation: string | null; summary: string | null };

/** A link-preview description: who and when, then the words (in English when translated) or the summary. */
export function statementDescription(statement: Describable): string {
  const who = statement.speaker ?? statement.body ?? "NATO";
  const words = statement.translation ?? statement.quote;
  const text = words ? `“${excerpt(words, [], 220)}”` : excerpt(statement.summary ?? "", [], 220);
  return `${who}, ${formatDate(statement.date)}: ${text}`.trim();
}
