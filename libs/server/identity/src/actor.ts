import { forbidden, notFound, type Role } from '@campus/contracts';

/**
 * Who is calling, for every authenticated request. Kept in each api process while the actor_changed
 * feed is live (see ActorsService): any change to the user or their memberships drops it on every
 * replica at commit, so deactivation, a role change or a password change bites at once.
 */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  /** Preferred language: also used for mail to people who have no account yet (e.g. invitees). */
  locale: string;
  isPlatformAdmin: boolean;
  /** organisationId → role */
  memberships: ReadonlyMap<string, Role>;
}

/**
 * Organisation scoping. A caller outside the organisation gets 404, exactly like a missing one;
 * a member whose role is not enough gets 403. Platform admins may act in every organisation.
 */
export function requireOrgRole(actor: Actor, organisationId: string, roles: readonly Role[]): void {
  if (actor.isPlatformAdmin) return;
  const role = actor.memberships.get(organisationId);
  if (!role) throw notFound('Organisation');
  if (!roles.includes(role))
    throw forbidden(`This needs the ${roles.join(' or ')} role in this organisation.`);
}

export function requirePlatformAdmin(actor: Actor): void {
  if (!actor.isPlatformAdmin) throw forbidden('Only platform admins may do this.');
}
