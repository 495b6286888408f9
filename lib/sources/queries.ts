import "server-only";
import { db } from "../db/client";
import { sourceSnapshot } from "../revisions/snapshots";
import { SOURCE_FORM_FIELDS, type SourceFormState } from "./form";

/** A source as its edit form loads it: the values as text, and their version. */
export async function getSourceForEditing(id: string) {
  const row = await db.source.findUnique({ where: { id } });
  if (!row) return null;
  const snapshot = sourceSnapshot(row);
  const values = Object.fromEntries(SOURCE_FORM_FIELDS.map((field) => [field, snapshot[field] ?? ""])) as SourceFormState["values"];
  return { id: row.id, version: row.version, values };
}
