/**
 * The version a "saved" notice may name, from a `?saved=` query value. The notice used to print
 * whatever the link said ("Version <anything> saved"), so a crafted link put its own words in a
 * trusted green box on our page; now only a number that is a real version of this record shows.
 */
export function savedVersion(value: string | string[] | undefined, currentVersion: number): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,8}$/.test(value)) return null;
  const version = Number(value);
  return version <= currentVersion ? version : null;
}
