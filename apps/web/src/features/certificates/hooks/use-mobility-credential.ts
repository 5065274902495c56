import { useQuery } from '@tanstack/react-query';
import { certificatesApi } from '../api/certificates.api';
import { certificatesKeys } from '../api/certificates.keys';

/** How often a pending credential is asked for again: the worker issues it within seconds. */
const PENDING_POLL_MS = 2000;

/** A validated mobility's credential; asked again while the worker is still issuing it. */
export function useMobilityCredential(orgId: string, mobilityId: string) {
  return useQuery({
    queryKey: certificatesKeys.mobilityCredential(orgId, mobilityId),
    queryFn: ({ signal }) => certificatesApi.mobilityCredential(orgId, mobilityId, signal),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? PENDING_POLL_MS : false),
  });
}
