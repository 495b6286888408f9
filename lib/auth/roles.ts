/** Readers have no account; every account is an editor or an admin. */
export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** An admin can do everything an editor can. */
export function hasRole(userRole: string | null | undefined, needed: Role): boolean {
  return isRole(userRole) && RANK[userRole] >= RANK[needed];
}
