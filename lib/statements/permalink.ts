import "server-only";
import { cache } from "react";
import { db } from "../db/client";
import type { Prisma } from "../generated/sqlite/client";
import { afterCursor, timelineOrder } from "./pagination";
import { rankRelated } from "./related";
import { isStatementSlug } from "../validation/identifiers";
import type { CitableStatement } from "../citation/citable";
import { absoluteUrl, statementPath } from "../site/urls";

const RELATED_LIMIT = 5;
/** Bounds the work on a large corpus: related statements are ranked among the newest this many. */
const RELATED_CANDIDATES = 200;

const neighbourSelect = { slug: true, title: true, date: true } satisfies Prisma.StatementSelect;

/**
 * A published statement with everything its page shows, or null (drafts and archives are not
 * public). Cached per request: the page, its metadata and its preview image all ask.
 */
export const getPublishedStatement = cache(async (slug: string) =>
  !isStatementSlug(slug) ? null : db.statement.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: {
      source: { select: { id: true, title: true, outlet: true, kind: true, url: true, publishedAt: true, language: true, reliabilityNote: true } },
      themes: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
    },
  }),
);

export type PublishedStatement = NonNullable<Awaited<ReturnType<typeof getPublishedStatement>>>;

/** The published statements just before and after this one in time, and those sharing its themes. */
export async function getStatementNeighbours(statement: Pick<PublishedStatement, "slug" | "date" | "themes">) {
  const published = { status: "PUBLISHED" } as const;
  const themeSlugs = statement.themes.map((theme) => theme.slug);
  const [previous, next, candidates] = await Promise.all([
    db.statement.findFirst({ where: { AND: [published, afterCursor(statement, "desc")] }, orderBy: timelineOrder("desc"), select: neighbourSelect }),
    db.statement.findFirst({ where: { AND: [published, afterCursor(statement, "asc")] }, orderBy: timelineOrder("asc"), select: neighbourSelect }),
    themeSlugs.length === 0
      ? []
      : db.statement.findMany({
          where: { ...published, slug: { not: statement.slug }, themes: { some: { slug: { in: themeSlugs } } } },
          orderBy: timelineOrder("desc"),
          take: RELATED_CANDIDATES,
          select: { ...neighbourSelect, toneLevel: true, themes: { select: { slug: true } } },
        }),
  ]);
  return { previous, next, related: rankRelated(statement, candidates, RELATED_LIMIT) };
}

/** The statement as the citation formats need it. */
export function toCitable(statement: PublishedStatement, siteUrl: string): CitableStatement {
  return { ...statement, permalink: absoluteUrl(siteUrl, statementPath(statement.slug)) };
}
