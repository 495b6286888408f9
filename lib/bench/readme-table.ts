export const README_START = "<!-- bench:latest -->";
export const README_END = "<!-- /bench:latest -->";

/** The README with the latest results between its bench markers; unchanged when it has none. */
export function withLatestResults(readme: string, results: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) return readme;
  return `${readme.slice(0, start + README_START.length)}\n${results.trimEnd()}\n${readme.slice(end)}`;
}
