import type { Db } from "../db/create-client";
import { recordRevision } from "../revisions/record-revision";
import { sameSnapshot, sourceSnapshot } from "../revisions/snapshots";
import { dateFromIso } from "../validation/fields";
import type { SourceInput } from "../validation/source";

export type SourceSaveResult =
  | { ok: true; source: { id: string; version: number }; unchanged: boolean }
  | { ok: false; reason: "stale"; current: SourceInput; currentVersion: number }
  | { ok: false; reason: "not-found" };

class SourceRefused extends Error {
  constructor(readonly result: Exclude<SourceSaveResult, { ok: true }>) {
    super(result.reason);
  }
}

/**
 * Corrects a source if it is still at `expectedVersion`, with its revision, in one transaction.
 * The id is the source's permanent key (statements point at it), so it is never changed here.
 */
export async function updateSource(
  db: Db,
  change: { id: string; expectedVersion: number; input: Omit<SourceInput, "id">; authorId: string | null },
): Promise<SourceSaveResult> {
  const next: SourceInput = { ...change.input, id: change.id };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.source.findUnique({ where: { id: change.id } });
      if (!existing) throw new SourceRefused({ ok: false, reason: "not-found" });
      const previous = sourceSnapshot(existing);
      const stale = () => new SourceRefused({ ok: false, reason: "stale", current: previous, currentVersion: existing.version });
      if (existing.version !== change.expectedVersion) throw stale();
      if (sameSnapshot(previous, next)) return { ok: true as const, source: { id: existing.id, version: existing.version }, unchanged: true };
      const { id: _id, ...fields } = next;
      const updated = await tx.source
        .update({
          where: { id: existing.id, version: change.expectedVersion },
          data: {
            ...fields,
            publishedAt: fields.publishedAt ? dateFromIso(fields.publishedAt) : null,
            retrievedAt: fields.retrievedAt ? dateFromIso(fields.retrievedAt) : null,
            version: { increment: 1 },
          },
        })
        .catch((error: unknown) => {
          throw (error as { code?: unknown })?.code === "P2025" ? stale() : error;
        });
      await recordRevision(tx, { entityType: "source", entityId: existing.id, version: updated.version, action: "update", previous, next, authorId: change.authorId });
      return { ok: true as const, source: { id: updated.id, version: updated.version }, unchanged: false };
    });
  } catch (error) {
    if (error instanceof SourceRefused) return error.result;
    throw error;
  }
}
