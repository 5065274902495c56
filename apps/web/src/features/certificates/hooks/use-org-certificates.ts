import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CsvSeparator, RevokeCertificateRequest } from '@campus/contracts';
import { certificatesApi, type OrgCertificatesFilter } from '../api/certificates.api';
import { certificatesKeys } from '../api/certificates.keys';

export function useOrgCertificates(orgId: string, query: OrgCertificatesFilter & { page?: number }) {
  return useQuery({
    queryKey: certificatesKeys.orgList(orgId, query),
    queryFn: ({ signal }) => certificatesApi.orgList(orgId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrgCourses(orgId: string) {
  return useQuery({
    queryKey: certificatesKeys.orgCourses(orgId),
    queryFn: ({ signal }) => certificatesApi.orgCourses(orgId, signal),
  });
}

/** A CSV or ZIP of the certificates matching the filters; the caller saves the blob. */
export function useExportOrgCertificates(orgId: string) {
  return useMutation({
    mutationFn: ({
      format,
      filter,
      separator,
    }: {
      format: 'csv' | 'zip';
      filter: OrgCertificatesFilter;
      separator?: CsvSeparator;
    }) => certificatesApi.orgExport(orgId, format, filter, separator),
  });
}

/** While an export is being built, its progress is asked for every second. */
const EXPORT_POLL_MS = 1000;

export function useCertificateExports(orgId: string) {
  return useQuery({
    queryKey: certificatesKeys.orgExports(orgId),
    queryFn: ({ signal }) => certificatesApi.exports(orgId, signal),
    refetchInterval: (query) =>
      query.state.data?.some((e) => e.status === 'queued' || e.status === 'running') ? EXPORT_POLL_MS : false,
  });
}

export function useRequestCertificateExport(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (filter: OrgCertificatesFilter) => certificatesApi.requestExport(orgId, filter),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificatesKeys.orgExports(orgId) }),
  });
}

/**
 * Revoking or re-issuing changes lists and public verification answers alike, so every certificates
 * query is refetched.
 */
export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RevokeCertificateRequest }) =>
      certificatesApi.revoke(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificatesKeys.all }),
  });
}

export function useReissueCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => certificatesApi.reissue(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificatesKeys.all }),
  });
}
