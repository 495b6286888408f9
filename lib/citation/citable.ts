import type { DocumentType } from "../generated/sqlite/enums";

/** What a citation needs from a statement and its source. */
export type CitableStatement = {
  slug: string;
  title: string;
  date: Date;
  speaker: string | null;
  body: string | null;
  documentType: DocumentType;
  language: string;
  source: { title: string; outlet: string; url: string | null };
  /** The statement's permanent address on this site. */
  permalink: string;
};

export type Author = { kind: "person"; family: string; given: string } | { kind: "group"; name: string };

/**
 * Who said it: the named speaker, else the issuing body. Every body on the tracker is a NATO
 * body, so "Heads of State and Government" is cited as "NATO Heads of State and Government".
 * A person's family name is taken as the last word, which holds for the corpus's speakers.
 */
export function citationAuthor(statement: Pick<CitableStatement, "speaker" | "body">): Author {
  const speaker = statement.speaker?.trim();
  if (speaker) {
    const words = speaker.split(/\s+/);
    if (words.length > 1) return { kind: "person", family: words.at(-1) as string, given: words.slice(0, -1).join(" ") };
    return { kind: "group", name: speaker };
  }
  const body = statement.body?.trim();
  if (!body) return { kind: "group", name: "NATO" };
  return { kind: "group", name: /\bNATO\b/.test(body) ? body : `NATO ${body}` };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function dateParts(date: Date) {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), monthName: MONTHS[date.getUTCMonth()] as string };
}
