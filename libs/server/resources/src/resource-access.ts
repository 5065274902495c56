import { DomainError, forbidden, notFound } from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { kindProblems, type KindFields } from './resource-rules';
import type { ResourceRow } from './resource-rows';

/**
 * Who may see every version of a resource (drafts, submissions, review notes): those who may change
 * it, and platform admins, who review it.
 */
export function canEdit(actor: Actor | null, r: Pick<ResourceRow, 'organisationId' | 'createdBy'>): boolean {
  return !!actor && (actor.isPlatformAdmin || canChange(actor, r));
}

/**
 * Who may change a resource: the trainer or manager who wrote it while still in its organisation,
 * any manager of that organisation (their colleagues' work), and an admin who wrote it. Not any
 * platform admin: an admin who rewrote someone's submission could then publish it unreviewed,
 * under its author's name.
 */
export function canChange(
  actor: Actor | null,
  r: Pick<ResourceRow, 'organisationId' | 'createdBy'>,
): boolean {
  if (!actor) return false;
  const role = actor.memberships.get(r.organisationId);
  const author = r.createdBy === actor.userId;
  return role === 'manager' || (author && (role === 'trainer' || actor.isPlatformAdmin));
}

/**
 * Another school's member gets 404, like a missing resource; a member without the right, or an
 * admin (who sees it), 403.
 */
export function requireEditor(actor: Actor, r: ResourceRow): void {
  if (canChange(actor, r)) return;
  if (!actor.isPlatformAdmin && !actor.memberships.has(r.organisationId)) throw notFound('Resource');
  throw forbidden('Only its author or a manager of its organisation may change this resource.');
}

export function requireNotWithdrawn(r: ResourceRow): void {
  if (r.withdrawnAt)
    throw new DomainError(
      'CONFLICT',
      'A platform admin withdrew this resource from the library: it no longer changes.',
    );
}

/** 400 naming every field the resource's kind needs or refuses. */
export function requireKindFields(r: Pick<ResourceRow, 'kind'>, fields: KindFields): void {
  const problems = kindProblems(r.kind, fields);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems[0].message, { errors: problems });
}
