type Dated = { date: Date };

export type TimelineEntry<S extends Dated, M extends Dated> =
  | { kind: "statement"; date: Date; statement: S }
  | { kind: "milestone"; date: Date; milestone: M };

export type PageBounds = {
  sort: "asc" | "desc";
  /** Date of the last statement of the previous page; undefined on the first page. */
  previousDate?: Date;
  /** Whether more statements follow this page. */
  hasMore: boolean;
};

/**
 * Interleaves milestones with one page of statements sorted by date. Oldest first, a milestone
 * stands just before the first statement on or after its date (the summit, then what was said
 * there); newest first, the same sequence reversed. A milestone belongs to the page holding
 * that position, so paging never shows it twice or loses it.
 */
export function interleaveMilestones<S extends Dated, M extends Dated>(
  statements: readonly S[],
  milestones: readonly M[],
  { sort, previousDate, hasMore }: PageBounds,
): TimelineEntry<S, M>[] {
  const asc = sort === "asc";
  const last = statements.at(-1)?.date;
  const onThisPage = (date: Date) => {
    if (asc) return (!previousDate || date > previousDate) && (!hasMore || (last !== undefined && date <= last));
    return (!previousDate || date <= previousDate) && (!hasMore || (last !== undefined && date > last));
  };
  const pending = milestones
    .filter((milestone) => onThisPage(milestone.date))
    .sort((a, b) => (asc ? a.date.getTime() - b.date.getTime() : b.date.getTime() - a.date.getTime()));

  const entries: TimelineEntry<S, M>[] = [];
  const comesBefore = (milestone: M, statement: S) =>
    asc ? milestone.date <= statement.date : milestone.date > statement.date;
  let next = 0;
  for (const statement of statements) {
    for (; next < pending.length && comesBefore(pending[next] as M, statement); next++) {
      const milestone = pending[next] as M;
      entries.push({ kind: "milestone", date: milestone.date, milestone });
    }
    entries.push({ kind: "statement", date: statement.date, statement });
  }
  for (const milestone of pending.slice(next)) entries.push({ kind: "milestone", date: milestone.date, milestone });
  return entries;
}
