import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { CsvSeparator, MobilityReportQuery } from '@campus/contracts';
import { mobilityReportsApi } from '../api/mobility-reports.api';
import { mobilityReportsKeys } from '../api/mobility-reports.keys';

export function useMobilityReport(orgId: string, filter: MobilityReportQuery) {
  return useQuery({
    queryKey: mobilityReportsKeys.report(orgId, filter),
    queryFn: ({ signal }) => mobilityReportsApi.report(orgId, filter, signal),
    // The figures of the previous filters stay on screen while the new ones load.
    placeholderData: keepPreviousData,
  });
}

/** The Beneficiary Module CSV of the filtered mobilities; the caller saves the blob. */
export function useBeneficiaryModuleCsv(orgId: string) {
  return useMutation({
    mutationFn: ({ filter, separator }: { filter: MobilityReportQuery; separator?: CsvSeparator }) =>
      mobilityReportsApi.beneficiaryModuleCsv(orgId, filter, separator),
  });
}
