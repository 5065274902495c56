import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CsvSeparator,
  ManagerEnrolCsvRequest,
  ManagerEnrolRequest,
  ProgressQuery,
} from '@campus/contracts';
import { useCurrentUser } from '../../auth';
import { enrolmentsApi } from '../api/enrolments.api';
import { enrolmentsKeys } from '../api/enrolments.keys';

/** The courses the signed-in manager may use (public ones and the organisation's own). */
export function useManagerCourses() {
  const user = useCurrentUser();
  return useQuery({ queryKey: enrolmentsKeys.courses(user.id), queryFn: enrolmentsApi.courses });
}

export function useProgress(orgId: string, query: Partial<ProgressQuery>) {
  return useQuery({
    queryKey: enrolmentsKeys.progress(orgId, query),
    queryFn: ({ signal }) => enrolmentsApi.progress(orgId, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEnrolMembers(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ManagerEnrolRequest) => enrolmentsApi.enrol(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enrolmentsKeys.org(orgId) }),
  });
}

export function useEnrolCsv(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ManagerEnrolCsvRequest) => enrolmentsApi.enrolCsv(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enrolmentsKeys.org(orgId) }),
  });
}

export function useUnenrol(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enrolmentId: string) => enrolmentsApi.unenrol(orgId, enrolmentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enrolmentsKeys.org(orgId) }),
  });
}

export function useDownloadProgressCsv(orgId: string) {
  return useMutation({
    mutationFn: ({ query, separator }: { query: Partial<ProgressQuery>; separator?: CsvSeparator }) =>
      enrolmentsApi.progressCsv(orgId, query, separator),
  });
}
