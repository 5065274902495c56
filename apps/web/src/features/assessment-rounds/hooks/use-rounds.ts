import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateRoundLinkRequest,
  InviteRespondentsRequest,
  Locale,
  OpenRoundRequest,
} from '@campus/contracts';
import { roundsApi } from '../api/rounds.api';
import { roundsKeys } from '../api/rounds.keys';

export function useRounds(orgId: string, page: number) {
  return useQuery({
    queryKey: roundsKeys.list(orgId, page),
    queryFn: ({ signal }) => roundsApi.list(orgId, page, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRound(orgId: string, roundId: string) {
  return useQuery({
    queryKey: roundsKeys.round(orgId, roundId),
    queryFn: ({ signal }) => roundsApi.get(orgId, roundId, signal),
  });
}

export function usePublishedFrameworks(locale: Locale) {
  return useQuery({
    queryKey: roundsKeys.frameworks(locale),
    queryFn: ({ signal }) => roundsApi.frameworks(locale, signal),
  });
}

export function useOpenRound(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenRoundRequest) => roundsApi.open(orgId, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: roundsKeys.lists(orgId) }),
  });
}

/** Every change to a round reloads it (counts, links, status come from the API) and the list. */
function useRoundChange<A, R>(orgId: string, roundId: string, run: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: async () => {
      await qc.invalidateQueries({ queryKey: roundsKeys.round(orgId, roundId) });
      await qc.invalidateQueries({ queryKey: roundsKeys.lists(orgId) });
    },
  });
}

export function useCloseRound(orgId: string, roundId: string) {
  return useRoundChange(orgId, roundId, () => roundsApi.close(orgId, roundId));
}

export function useCreateRoundLink(orgId: string, roundId: string) {
  return useRoundChange(orgId, roundId, (body: CreateRoundLinkRequest) =>
    roundsApi.createLink(orgId, roundId, body),
  );
}

export function useRevokeRoundLink(orgId: string, roundId: string) {
  return useRoundChange(orgId, roundId, (linkId: string) => roundsApi.revokeLink(orgId, roundId, linkId));
}

export function useInviteRespondents(orgId: string, roundId: string) {
  return useRoundChange(orgId, roundId, (body: InviteRespondentsRequest) =>
    roundsApi.invite(orgId, roundId, body),
  );
}
