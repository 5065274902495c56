import type { ProgressQuery } from '@campus/contracts';

/** Query keys of the enrolments feature; an organisation's progress sits under `org(orgId)`. */
export const enrolmentsKeys = {
  all: ['enrolments'] as const,
  courses: (viewer: string) => [...enrolmentsKeys.all, 'courses', viewer] as const,
  org: (orgId: string) => [...enrolmentsKeys.all, orgId] as const,
  progress: (orgId: string, query: Partial<ProgressQuery>) =>
    [...enrolmentsKeys.org(orgId), 'progress', query] as const,
};
