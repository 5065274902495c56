import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChangeMobilityStatusRequest,
  CreateMobilityRequest,
  MobilityView,
  UpdateMobilityRequest,
} from '@campus/contracts';
import { mobilitiesApi, type MobilityListFilter } from '../api/mobilities.api';
import { mobilitiesKeys } from '../api/mobilities.keys';

export function useOrgMobilities(orgId: string, query: MobilityListFilter & { page?: number }) {
  return useQuery({
    queryKey: mobilitiesKeys.list(orgId, query),
    queryFn: ({ signal }) => mobilitiesApi.list(orgId, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** `enabled: false` until the caller knows the person may ask (a manager of the organisation). */
export function useMobility(orgId: string, id: string, enabled = true) {
  return useQuery({
    queryKey: mobilitiesKeys.record(orgId, id),
    queryFn: ({ signal }) => mobilitiesApi.get(orgId, id, signal),
    enabled,
  });
}

export function useMobilityHistory(orgId: string, id: string) {
  return useQuery({
    queryKey: mobilitiesKeys.history(orgId, id),
    queryFn: ({ signal }) => mobilitiesApi.history(orgId, id, signal),
  });
}

export function useMyMobilities() {
  return useQuery({ queryKey: mobilitiesKeys.mine(), queryFn: ({ signal }) => mobilitiesApi.mine(signal) });
}

/** After a change the saved record is shown at once; lists, history and the participant's view refetch. */
function useRecordSaved(orgId: string) {
  const queryClient = useQueryClient();
  return async (saved: MobilityView) => {
    queryClient.setQueryData(mobilitiesKeys.record(orgId, saved.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: mobilitiesKeys.org(orgId) }),
      queryClient.invalidateQueries({ queryKey: mobilitiesKeys.mine() }),
    ]);
  };
}

export function useCreateMobility(orgId: string) {
  const saved = useRecordSaved(orgId);
  return useMutation({
    mutationFn: (body: CreateMobilityRequest) => mobilitiesApi.create(orgId, body),
    onSuccess: saved,
  });
}

export function useUpdateMobility(orgId: string, id: string) {
  const saved = useRecordSaved(orgId);
  return useMutation({
    mutationFn: (body: UpdateMobilityRequest) => mobilitiesApi.update(orgId, id, body),
    onSuccess: saved,
  });
}

export function useChangeMobilityStatus(orgId: string, id: string) {
  const saved = useRecordSaved(orgId);
  return useMutation({
    mutationFn: (body: ChangeMobilityStatusRequest) => mobilitiesApi.changeStatus(orgId, id, body),
    onSuccess: saved,
  });
}
