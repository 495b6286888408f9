import "server-only";
import { cache } from "react";
import { db } from "../db/client";
import { timelineOrder } from "../statements/pagination";

/** A source with its published statements, oldest first; null when there is no such source. Cached per request. */
export const getSourceWithStatements = cache(async (id: string) =>
  db.source.findUnique({
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
