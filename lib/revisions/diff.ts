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
    const parts = diffWordsWithSpace(before, after).map((part) => ({
      value: part.value,
      added: part.added,
      removed: part.removed,
    }));
    changes.push({ field, before, after, parts });
  }
  return changes;
}
