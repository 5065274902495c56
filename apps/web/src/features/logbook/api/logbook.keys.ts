/** Query keys of the logbook feature. */
export const logbookKeys = {
  all: ['logbook'] as const,
  mine: (mobilityId: string) => [...logbookKeys.all, 'mine', mobilityId] as const,
  org: (orgId: string, mobilityId: string) => [...logbookKeys.all, 'org', orgId, mobilityId] as const,
};
