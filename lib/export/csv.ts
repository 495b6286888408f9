import Papa from "papaparse";
import type { ApiStatement } from "../api/serialize";

/** One row per statement; the source and themes flattened into columns a spreadsheet can sort. */
export const CSV_COLUMNS = [
  "slug", "date", "title", "speaker", "body", "documentType", "event", "quote", "language", "translation", "paragraphRef", "summary",
  "toneLevel", "toneRationale", "autoToneLevel", "autoToneScore", "verification", "url", "updatedAt",
  "sourceId", "sourceTitle", "sourceOutlet", "sourceKind", "sourceUrl", "sourcePublishedAt", "themes",
] as const;

function csvRow(statement: ApiStatement): (string | number)[] {
  const { source } = statement;
  const values = [
    statement.slug, statement.date, statement.title, statement.speaker, statement.body, statement.documentType, statement.event,
    statement.quote, statement.language, statement.translation, statement.paragraphRef, statement.summary,
    statement.toneLevel, statement.toneRationale, statement.autoToneLevel, statement.autoToneScore, statement.verification,
    statement.url, statement.updatedAt,
    source.id, source.title, source.outlet, source.kind, source.url, source.publishedAt,
    // Theme slugs never contain a semicolon, so one cell can hold the list.
    statement.themes.map((theme) => theme.slug).join(";"),
  ];
  // papaparse leaves null unquoted; an empty string is quoted like every other field.
  return values.map((value) => value ?? "");
}

/**
 * Text cells a spreadsheet would run as a formula (OWASP's list). papaparse's own default pattern
 * ends in `.*$` without the s flag, so a cell whose formula is followed by a newline slipped
 * through; testing the first character alone has no such gap.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The statements as CSV for spreadsheets: a byte order mark so Excel reads UTF-8 (French
 * accents), every field quoted, CRLF line ends (RFC 4180); quotes doubled and newlines kept
 * inside their quoted fields by papaparse. Empty values are empty cells. A text cell that starts
 * like a formula gets a leading apostrophe, so Excel and LibreOffice show it instead of running it.
 */
export function statementsCsv(statements: readonly ApiStatement[]): string {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: statements.map(csvRow) },
    { quotes: true, newline: "\r\n", escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${csv}\r\n`;
}
