import { dateFromIso } from "../validation/fields";
import type { StatementInput } from "../validation/statement";
import { buildSearchText } from "./search-text";

/** The statement's own columns for a validated input: everything but the theme links. */
export function statementData(statement: StatementInput) {
  const { themes: _themes, date, ...fields } = statement;
  return { ...fields, date: dateFromIso(date), searchText: buildSearchText(statement) };
}
