import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InviteRequest, Role } from '@campus/contracts';
import { api } from '../../../api';
import { authApi } from '../../auth';
import { peopleApi } from '../api/people.api';
import { peopleKeys } from '../api/people.keys';

export function useOrganisation(orgId: string) {
  return useQuery({ queryKey: peopleKeys.organisation(orgId), queryFn: () => peopleApi.organisation(orgId) });
}

export function useMembers(orgId: string) {
  return useQuery({ queryKey: peopleKeys.members(orgId), queryFn: () => peopleApi.members(orgId) });
}

export function useInvitations(orgId: string) {
  return useQuery({ queryKey: peopleKeys.invitations(orgId), queryFn: () => peopleApi.invitations(orgId) });
}

export function useChangeRole(orgId: string, currentUserId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      peopleApi.changeRole(orgId, userId, role),
    onSuccess: async (_void, { userId }) => {
      // My own role changed: what I may see changes with it.
      if (userId === currentUserId) api.updateUser(await authApi.me());
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: peopleKeys.members(orgId) }),
  });
}

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => peopleApi.removeMember(orgId, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.members(orgId) }),
  });
}

export function useInvite(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteRequest) => peopleApi.invite(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.invitations(orgId) }),
  });
}

export function useCsvInvite(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => peopleApi.inviteCsv(orgId, csv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.invitations(orgId) }),
  });
}

export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => peopleApi.revokeInvitation(orgId, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.invitations(orgId) }),
  });
}
