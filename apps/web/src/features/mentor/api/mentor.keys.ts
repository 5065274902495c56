import type { MentorActivityScope } from './mentor.api';

/** One key factory for the feature; a tab holds one mentor token, so the page needs no more. */
export const mentorKeys = {
  all: ['mentor'] as const,
  page: () => [...mentorKeys.all, 'page'] as const,
  links: (orgId: string, mobilityId: string) => [...mentorKeys.all, 'links', orgId, mobilityId] as const,
  activity: (scope: MentorActivityScope) => [...mentorKeys.all, 'activity', scope.mobilityId] as const,
};
