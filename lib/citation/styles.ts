import { DOCUMENT_TYPE_LABELS } from "../statements/labels";
import { citationAuthor, dateParts, type CitableStatement } from "./citable";

/** Ends a citation element with a full stop unless it already ends with punctuation. */
const period = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Chicago Manual of Style (17th ed.), notes-and-bibliography, bibliography entry. */
export function chicagoCitation(statement: CitableStatement): string {
  const author = citationAuthor(statement);
  const who = author.kind === "person" ? `${author.family}, ${author.given}` : author.name;
  const { year, monthName, day } = dateParts(statement.date);
  return [
    period(who),
    `“${period(statement.title)}”`,
    period(statement.source.title),
    `${statement.source.outlet}, ${monthName} ${day}, ${year}.`,
    statement.permalink + ".",
  ].join(" ");
}

/** APA (7th ed.) reference entry. */
export function apaCitation(statement: CitableStatement): string {
  const author = citationAuthor(statement);
  const who = author.kind === "person" ? `${author.family}, ${initials(author.given)}` : period(author.name);
  const { year, monthName, day } = dateParts(statement.date);
  return [
    who,
    `(${year}, ${monthName} ${day}).`,
    `${statement.title} [${DOCUMENT_TYPE_LABELS[statement.documentType]}].`,
    `In ${period(statement.source.title)}`,
    period(statement.source.outlet),
    statement.permalink,
  ].join(" ");
}

/** "Jens" -> "J.", "Anders Fogh" -> "A. F." */
function initials(given: string): string {
  return given
    .split(/[\s]+/)
    .map((name) => `${name.charAt(0).toUpperCase()}.`)
    .join(" ");
}
