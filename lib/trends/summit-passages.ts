import { diffWords } from "diff";
import type { DocumentType } from "../generated/sqlite/enums";
import { NOT_MENTIONED } from "../tone/scale";
import { isoDay, type TrendStatement } from "./types";

/** The document types of texts the Allies' leaders adopt at a summit. */
export const SUMMIT_DOCUMENT_TYPES: readonly DocumentType[] = ["DECLARATION", "COMMUNIQUE", "STRATEGIC_CONCEPT"];

export type DiffPart = { text: string; change: "added" | "removed" | "same" };

export type SummitPassage = {
  sourceId: string;
  name: string;
  date: string;
  /** The quoted China passages of the text, joined, in English. */
  text: string;
  statements: number;
  /** Against the previous summit's passage; null for the first. */
  changes: { parts: DiffPart[]; added: number; removed: number } | null;
};

function englishText(statement: TrendStatement): string {
  return statement.language === "en" ? statement.quote! : (statement.translation ?? statement.quote!);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The China passage of each summit text, oldest first, each compared word by word with the one
 * before it. Texts that do not mention China have no passage and are left out.
 */
export function summitPassages(statements: readonly TrendStatement[]): SummitPassage[] {
  const bySource = new Map<string, TrendStatement[]>();
  const quoted = statements
    .filter((statement) => SUMMIT_DOCUMENT_TYPES.includes(statement.documentType) && statement.quote && statement.toneLevel !== NOT_MENTIONED)
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.slug.localeCompare(b.slug));
  for (const statement of quoted) bySource.set(statement.source.id, [...(bySource.get(statement.source.id) ?? []), statement]);

  const passages: SummitPassage[] = [];
  for (const [sourceId, group] of bySource) {
    const first = group[0]!;
    const text = group.map(englishText).join(" ");
    const previous = passages.at(-1);
    let changes: SummitPassage["changes"] = null;
    if (previous) {
      const parts = diffWords(previous.text, text).map(
        (part): DiffPart => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }),
      );
      changes = {
        parts,
        added: parts.filter((part) => part.change === "added").reduce((sum, part) => sum + countWords(part.text), 0),
        removed: parts.filter((part) => part.change === "removed").reduce((sum, part) => sum + countWords(part.text), 0),
      };
    }
    passages.push({ sourceId, name: first.event ?? first.source.title, date: isoDay(first.date), text, statements: group.length, changes });
  }
  return passages;
}
