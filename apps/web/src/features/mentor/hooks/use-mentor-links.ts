import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { mentorLinksApi, type MentorActivityScope } from '../api/mentor.api';
import { mentorKeys } from '../api/mentor.keys';

export function useMentorLinks(orgId: string, mobilityId: string) {
  return useQuery({
    queryKey: mentorKeys.links(orgId, mobilityId),
    queryFn: ({ signal }) => mentorLinksApi.list(orgId, mobilityId, signal),
  });
}

export function useSendMentorLink(orgId: string, mobilityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => mentorLinksApi.send(orgId, mobilityId),
    onSuccess: () => qc.invalidateQueries({ queryKey: mentorKeys.links(orgId, mobilityId) }),
  });
}

export function useRevokeMentorLink(orgId: string, mobilityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => mentorLinksApi.revoke(orgId, mobilityId, linkId),
    onSuccess: () => qc.invalidateQueries({ queryKey: mentorKeys.links(orgId, mobilityId) }),
  });
}

export function useMentorActivity(scope: MentorActivityScope) {
  return useQuery({
    queryKey: mentorKeys.activity(scope),
    queryFn: ({ signal }) => mentorLinksApi.activity(scope, signal),
  });
}
