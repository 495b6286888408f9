/** "10 July 2024": statement dates are calendar dates, so they are formatted in UTC. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}
