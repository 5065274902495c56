import type { CsvSeparator, MobilityReport, MobilityReportQuery } from '@campus/contracts';
import { api } from '../../../api';

const reports = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/mobility-reports`;

export const mobilityReportsApi = {
  report: (orgId: string, filter: MobilityReportQuery, signal?: AbortSignal) =>
    api.get<MobilityReport>(reports(orgId), { ...filter }, signal),
  /**
   * The Erasmus+ Beneficiary Module CSV of the mobilities the filters select. Its separator:
   * `separator`, else the one the user's language expects.
   */
  beneficiaryModuleCsv: (orgId: string, filter: MobilityReportQuery, separator?: CsvSeparator) =>
    api.blob(`${reports(orgId)}/beneficiary-module.csv`, { ...filter, separator }),
};
