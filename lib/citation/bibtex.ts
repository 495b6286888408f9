import { citationAuthor, dateParts, type CitableStatement } from "./citable";

const MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Escapes the characters BibTeX treats specially; other Unicode passes through (BibTeX 8, biber). */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[\\{}&%$#_~^]/g, (char) => {
      if (char === "\\") return "\\textbackslash{}";
      if (char === "~") return "\\textasciitilde{}";
      if (char === "^") return "\\textasciicircum{}";
      return `\\${char}`;
    });
}

/**
 * A URL for a `url` field or `\\url{}`: braces, backslashes, whitespace, control characters and
 * non-ASCII characters are percent-encoded, so the address can neither close the field early nor
 * smuggle LaTeX commands in, and still resolves to the same resource.
 */
export function escapeBibtexUrl(url: string): string {
  return url.replace(/[{}\\\s\u0000-\u001f\u007f-\u{10ffff}]/gu, (char) => {
    try {
      return encodeURIComponent(char);
    } catch {
      // A lone surrogate cannot be encoded; it has no place in an address.
      return "";
    }
  });
}

/** One @misc entry keyed by the statement's slug; field values are brace-delimited. */
export function bibtexEntry(statement: CitableStatement): string {
  const author = citationAuthor(statement);
  const { year, month, day } = dateParts(statement.date);
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const fields: [string, string][] = [
    // Double braces keep a group author from being split into first and last names.
    ["author", author.kind === "person" ? `${escapeBibtex(author.family)}, ${escapeBibtex(author.given)}` : `{${escapeBibtex(author.name)}}`],
    ["title", `{${escapeBibtex(statement.title)}}`],
    ["howpublished", escapeBibtex(`${statement.source.title}, ${statement.source.outlet}`)],
    ["year", String(year)],
    ["date", iso],
    ["language", escapeBibtex(statement.language)],
    ["url", escapeBibtexUrl(statement.permalink)],
  ];
  if (statement.source.url) fields.push(["note", `Original source: \\url{${escapeBibtexUrl(statement.source.url)}}`]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`);
  body.splice(4, 0, `  month = ${MONTH_MACROS[month - 1]},`);
  return `@misc{${statement.slug},\n${body.join("\n")}\n}\n`;
}
