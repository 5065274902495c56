import { ROLES, type Role } from '@campus/contracts';

/** A role as it reads inside a translated sentence, one entry per role. */
export type RoleNames = Readonly<Record<Role, string>>;

/**
 * The invitation's `role` parameter is the English role key (learner, trainer, manager); a
 * translation names it in its own words. Anything else (an older or unknown role) is shown as is.
 */
export function roleName(names: RoleNames, role: string): string {
  return isRole(role) ? names[role] : role;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
