import type { CurrentUser, MembershipView } from '@campus/contracts';

/** Organisations whose people this user may manage (platform admins may manage any, by id). */
export function managedMemberships(user: CurrentUser): MembershipView[] {
  return user.memberships.filter((m) => m.role === 'manager');
}

export function canManageOrganisation(user: CurrentUser, organisationId: string): boolean {
  return (
    user.isPlatformAdmin ||
    user.memberships.some((m) => m.organisationId === organisationId && m.role === 'manager')
  );
}

/** Organisations whose courses this user may write: trainers and managers author. */
export function authoringMemberships(user: CurrentUser): MembershipView[] {
  return user.memberships.filter((m) => m.role === 'trainer' || m.role === 'manager');
}

export function canAuthorInOrganisation(user: CurrentUser, organisationId: string): boolean {
  return user.isPlatformAdmin || authoringMemberships(user).some((m) => m.organisationId === organisationId);
}

/** Only same-app paths are followed after sign-in (never `//evil.example` or a full URL). */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
