import "server-only";
import { db } from "../db/client";

/** Published statements, oldest first, with what a timeline card shows. */
export async function listPublishedStatements() {
  return db.statement.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ date: "asc" }, { slug: "asc" }],
    include: {
      source: { select: { id: true, outlet: true, kind: true } },
      themes: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
    },
  });
}

export type TimelineStatement = Awaited<ReturnType<typeof listPublishedStatements>>[number];
