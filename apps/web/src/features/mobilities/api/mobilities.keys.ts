import type { MobilityListFilter } from './mobilities.api';

/**
 * Query keys of the mobilities feature. Everything about one organisation's mobility sits under
 * `org(orgId)` and one record's data under `record(orgId, id)`, so sections of the record page
 * (agreement, logbook…) can key their queries under it and be refreshed with it.
 */
export const mobilitiesKeys = {
  all: ['mobilities'] as const,
  org: (orgId: string) => [...mobilitiesKeys.all, 'org', orgId] as const,
  list: (orgId: string, query: MobilityListFilter & { page?: number }) =>
    [...mobilitiesKeys.org(orgId), 'list', query] as const,
  record: (orgId: string, id: string) => [...mobilitiesKeys.org(orgId), 'record', id] as const,
  history: (orgId: string, id: string) => [...mobilitiesKeys.record(orgId, id), 'history'] as const,
  mine: () => [...mobilitiesKeys.all, 'mine'] as const,
};
