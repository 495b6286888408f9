import "server-only";
import { cache } from "react";
import { db } from "../db/client";
import { sourceSnapshot } from "../revisions/snapshots";
import { timelineOrder } from "../statements/pagination";
import { isRecordSlug } from "../validation/identifiers";
import { SOURCE_FORM_FIELDS, type SourceFormState } from "./form";

/** A source with its published statements, oldest first; null when there is no such source. Cached per request. */
export const getSourceWithStatements = cache(async (id: string) =>
  !isRecordSlug(id) ? null : db.source.findUnique({
    where: { id },
    include: {
      statements: {
        where: { status: "PUBLISHED" },
        orderBy: timelineOrder("asc"),
        select: { slug: true, title: true, date: true, quote: true, language: true, toneLevel: true },
      },
    },
  }),
);

export type SourceWithStatements = NonNullable<Awaited<ReturnType<typeof getSourceWithStatements>>>;

/** A source as its edit form loads it: the values as text, and their version. */
export async function getSourceForEditing(id: string) {
  const row = isRecordSlug(id) ? await db.source.findUnique({ where: { id } }) : null;
  if (!row) return null;
  const snapshot = sourceSnapshot(row);
  const values = Object.fromEntries(SOURCE_FORM_FIELDS.map((field) => [field, snapshot[field] ?? ""])) as SourceFormState["values"];
  return { id: row.id, version: row.version, values };
}
