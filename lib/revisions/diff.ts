import { diffWordsWithSpace } from "diff";

export type DiffPart = { value: string; added: boolean; removed: boolean };
export type FieldChange = { field: string; before: string; after: string; parts: DiffPart[] };

/** How a snapshot value reads in a diff: lists comma-separated, "not set" as empty. */
function display(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/**
 * The fields that differ between two snapshots, each with a word-level diff for readers.
 * A create (no previous snapshot) lists every field that has a value.
 */
export function diffSnapshots(previous: Record<string, unknown> | null, next: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(next), ...Object.keys(previous ?? {})])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const before = display(previous?.[field]);
    const after = display(next[field]);
    if (before === after) continue;
    changes.push({ field, before, after, parts: readableParts(before, after) });
  }
  return changes;
}

/**
 * The most word and space tokens a diff may add and remove. The history page is public and
 * computed per view, and the diff's cost grows with the product of text length and edit size: an
 * editor's 8,000-character rewrite took 11.7 s per view. Past this bound the change is shown
 * whole (struck out, then replaced), which is also how a change that large reads best.
 */
export const MAX_DIFF_EDIT_TOKENS = 400;

/**
 * A word diff when the two values share most of their words; when they share little, or the
 * change is too large to diff cheaply, the interleaved fragments are harder to read than the old
 * value struck out and the new one after.
 */
function readableParts(before: string, after: string): DiffPart[] {
  const diff = diffWordsWithSpace(before, after, { maxEditLength: MAX_DIFF_EDIT_TOKENS });
  const parts = (diff ?? []).map((part) => ({ value: part.value, added: part.added, removed: part.removed }));
  const kept = parts.filter((part) => !part.added && !part.removed).reduce((length, part) => length + part.value.trim().length, 0);
  if (diff && kept * 2 >= Math.max(before.length, after.length)) return parts;
  return [
    ...(before ? [{ value: before, added: false, removed: true }] : []),
    ...(after ? [{ value: after, added: true, removed: false }] : []),
  ];
}
