import type { MobilityReportQuery } from '@campus/contracts';

/** Query keys of the mobility reports feature. */
export const mobilityReportsKeys = {
  all: ['mobility-reports'] as const,
  org: (orgId: string) => [...mobilityReportsKeys.all, orgId] as const,
  report: (orgId: string, filter: MobilityReportQuery) =>
    [...mobilityReportsKeys.org(orgId), filter] as const,
};
