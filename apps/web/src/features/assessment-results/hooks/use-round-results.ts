import { useMutation, useQuery } from '@tanstack/react-query';
import { resultsApi } from '../api/results.api';
import { resultsKeys } from '../api/results.keys';

export function useRoundResults(orgId: string, roundId: string, locale: string) {
  return useQuery({
    queryKey: resultsKeys.round(orgId, roundId, locale),
    queryFn: ({ signal }) => resultsApi.results(orgId, roundId, locale, signal),
  });
}

/** The PDF or CSV of the results; the caller saves the blob. */
export function useResultsDownload(orgId: string, roundId: string) {
  return useMutation({
    mutationFn: ({ format, locale }: { format: 'pdf' | 'csv'; locale: string }) =>
      resultsApi.download(orgId, roundId, format, locale),
  });
}
