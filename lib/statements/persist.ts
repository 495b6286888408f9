import { analyzeTone, lexiconLanguage } from "../tone/analyze";
import { dateFromIso } from "../validation/fields";
import type { StatementInput } from "../validation/statement";
import { buildSearchText } from "./search-text";

/**
 * The statement's own columns for a validated input: everything but the theme links, plus what
 * is derived from it on every save (search text, automatic tone reading).
 */
export function statementData(statement: StatementInput) {
  const { themes: _themes, date, ...fields } = statement;
  const reading = statement.quote ? analyzeTone(statement.quote, lexiconLanguage(statement.language)) : null;
  return {
    ...fields,
    date: dateFromIso(date),
    searchText: buildSearchText(statement),
    autoToneLevel: reading?.level ?? null,
    autoToneScore: reading?.score ?? null,
  };
}
