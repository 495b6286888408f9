import type { Prisma } from "../generated/sqlite/client";

export type RevisionEntity = "statement" | "source" | "theme";
export type RevisionAction = "create" | "update" | "archive" | "restore" | "seed";

/** Writes one revision; call it inside the transaction that makes the change. */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  revision: {
    entityType: RevisionEntity;
    entityId: string;
    version: number;
    action: RevisionAction;
    previous: object | null;
    next: object;
    authorId?: string | null;
  },
): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: revision.entityType,
      entityId: revision.entityId,
      version: revision.version,
      action: revision.action,
      previous: revision.previous && JSON.stringify(revision.previous),
      next: JSON.stringify(revision.next),
      authorId: revision.authorId ?? null,
    },
  });
}
