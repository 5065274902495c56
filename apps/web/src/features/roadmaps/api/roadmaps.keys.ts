/** Query keys of the roadmaps feature. */
export const roadmapsKeys = {
  all: ['roadmaps'] as const,
  org: (orgId: string) => [...roadmapsKeys.all, orgId] as const,
  list: (orgId: string, page: number) => [...roadmapsKeys.org(orgId), 'list', page] as const,
  focusAreas: (orgId: string, roundId: string, locale: string) =>
    [...roadmapsKeys.org(orgId), 'focus-areas', roundId, locale] as const,
  roadmap: (orgId: string, id: string) => [...roadmapsKeys.org(orgId), 'roadmap', id] as const,
  progress: (orgId: string, id: string) => [...roadmapsKeys.roadmap(orgId, id), 'progress'] as const,
  recommendations: (orgId: string, id: string) =>
    [...roadmapsKeys.roadmap(orgId, id), 'recommendations'] as const,
  mine: () => [...roadmapsKeys.all, 'mine'] as const,
};
