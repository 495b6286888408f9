import type { DocumentType } from "../generated/sqlite/enums";
import { citationAuthor, dateParts, type CitableStatement } from "./citable";

/** RIS reference types: official texts are government documents, press articles newspaper items, remarks generic. */
const RIS_TYPES: Record<DocumentType, string> = {
  COMMUNIQUE: "GOVDOC",
  DECLARATION: "GOVDOC",
  STRATEGIC_CONCEPT: "GOVDOC",
  NEWS_RELEASE: "PRESS",
  SPEECH: "GEN",
  PRESS_CONFERENCE: "GEN",
  DOORSTEP: "GEN",
  INTERVIEW: "GEN",
  PRESS_ARTICLE: "NEWS",
};

/** An RIS record: "TAG  - value" lines ending CRLF, as the format specifies, closed by ER. */
export function risRecord(statement: CitableStatement): string {
  const author = citationAuthor(statement);
  const { year, month, day } = dateParts(statement.date);
  const pad = (n: number) => String(n).padStart(2, "0");
  const lines: [string, string][] = [
    ["TY", RIS_TYPES[statement.documentType]],
    ["AU", author.kind === "person" ? `${author.family}, ${author.given}` : author.name],
    ["TI", statement.title],
    ["T2", statement.source.title],
    ["PB", statement.source.outlet],
    ["PY", String(year)],
    ["DA", `${year}/${pad(month)}/${pad(day)}`],
    ["LA", statement.language],
    ["UR", statement.permalink],
  ];
  if (statement.source.url) lines.push(["N1", `Original source: ${statement.source.url}`]);
  lines.push(["ER", ""]);
  return lines.map(([tag, value]) => `${tag}  - ${risValue(value)}`).join("\r\n") + "\r\n";
}

/**
 * One line's value: line breaks (which would start a forged tag line) and other control
 * characters become spaces, so every value stays on its own tag's line.
 */
function risValue(value: string): string {
  return value.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim();
}
