import { MobilityReportQuery } from '@campus/contracts';

export const REPORT_FILTERS = ['year', 'projectNumber', 'country', 'activityType', 'status'] as const;
export type ReportFilterKey = (typeof REPORT_FILTERS)[number];

/**
 * The URL's filter values as the API's query, each checked with the API's own schema: a value the
 * API would refuse (a half-typed year, an unknown country) is left out rather than sent.
 */
export function toReportQuery(values: Record<ReportFilterKey, string>): MobilityReportQuery {
  const query: MobilityReportQuery = {};
  for (const key of REPORT_FILTERS) {
    if (!values[key]) continue;
    const parsed = MobilityReportQuery.safeParse({ [key]: values[key] });
    if (parsed.success) Object.assign(query, parsed.data);
  }
  return query;
}
