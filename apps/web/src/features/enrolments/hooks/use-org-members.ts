import { useQuery } from '@tanstack/react-query';
import { peopleApi, peopleKeys } from '../../people';

/** The organisation's members, shared with the people page's cache. */
export function useOrgMembers(orgId: string) {
  return useQuery({ queryKey: peopleKeys.members(orgId), queryFn: () => peopleApi.members(orgId) });
}
