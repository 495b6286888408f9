type WithThemes = { slug: string; date: Date; themes: { slug: string }[] };

/**
 * Statements sharing themes with `statement`, most shared themes first, then nearest in time,
 * so a reader moves to what is most alike before what is merely on the same topic.
 */
export function rankRelated<T extends WithThemes>(statement: WithThemes, candidates: readonly T[], limit: number): T[] {
  const themes = new Set(statement.themes.map((theme) => theme.slug));
  const shared = (candidate: T) => candidate.themes.filter((theme) => themes.has(theme.slug)).length;
  const distance = (candidate: T) => Math.abs(candidate.date.getTime() - statement.date.getTime());
  return candidates
    .filter((candidate) => candidate.slug !== statement.slug && shared(candidate) > 0)
    .sort((a, b) => shared(b) - shared(a) || distance(a) - distance(b) || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}
