import { forbidden, notFound } from '@campus/contracts';
import type { Course } from '@campus/server-db';
import type { Actor } from '@campus/server-identity';

/** Trainers and managers of the owning organisation (and platform admins) write and see drafts. */
export function canAuthor(actor: Actor | null, course: Pick<Course, 'organisationId'>): boolean {
  if (!actor) return false;
  if (actor.isPlatformAdmin) return true;
  const role = actor.memberships.get(course.organisationId);
  return role === 'trainer' || role === 'manager';
}

/**
 * Who may see a course at all: authors always; others only a published course that is public or
 * belongs to their organisation. Anything else answers 404, exactly like a missing course.
 */
export function canSee(
  actor: Actor | null,
  course: Pick<Course, 'organisationId' | 'status' | 'visibility'>,
): boolean {
  if (canAuthor(actor, course)) return true;
  if (course.status !== 'published') return false;
  return course.visibility === 'public' || !!actor?.memberships.has(course.organisationId);
}

/** 403 for someone who sees the course but may not edit it; 404 for someone who may not see it. */
export function requireAuthor(
  actor: Actor,
  course: Pick<Course, 'organisationId' | 'status' | 'visibility'>,
): void {
  if (canAuthor(actor, course)) return;
  if (canSee(actor, course))
    throw forbidden('Only trainers and managers of the owning organisation may edit this course.');
  throw notFound('Course');
}
