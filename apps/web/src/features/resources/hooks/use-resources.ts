import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateResourceRequest, ResourceSearchQuery, ResourceVersionFields } from '@campus/contracts';
import { useSession } from '../../auth';
import { resourcesApi } from '../api/resources.api';
import { resourcesKeys } from '../api/resources.keys';

export function useResourceSearch(query: Partial<ResourceSearchQuery>, enabled = true) {
  return useQuery({
    queryKey: resourcesKeys.search(query),
    queryFn: ({ signal }) => resourcesApi.search(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Waits for the start-up session check, so authors get their drafts and review notes. */
export function useResource(id: string) {
  const { status, user } = useSession();
  return useQuery({
    queryKey: resourcesKeys.detail(id, user?.id ?? null),
    queryFn: () => resourcesApi.detail(id),
    enabled: status !== 'unknown' && id !== '',
  });
}

export function useMyResources(page = 1) {
  return useQuery({ queryKey: resourcesKeys.mine(page), queryFn: () => resourcesApi.mine(page) });
}

export function useResourceReviews() {
  return useQuery({ queryKey: resourcesKeys.reviews(), queryFn: resourcesApi.reviews });
}

/** Any change to a resource may change search results, details, contributions and the queue. */
function useInvalidateLibrary() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: resourcesKeys.all });
}

export function useCreateResource() {
  const invalidate = useInvalidateLibrary();
  return useMutation({
    mutationFn: (body: CreateResourceRequest) => resourcesApi.create(body),
    onSuccess: invalidate,
  });
}

export function useSaveDraft(id: string) {
  const invalidate = useInvalidateLibrary();
  return useMutation({
    mutationFn: (body: ResourceVersionFields) => resourcesApi.saveDraft(id, body),
    onSuccess: invalidate,
  });
}

export function useSubmitResource() {
  const invalidate = useInvalidateLibrary();
  return useMutation({ mutationFn: (id: string) => resourcesApi.submit(id), onSuccess: invalidate });
}

export function useWithdrawSubmission() {
  const invalidate = useInvalidateLibrary();
  return useMutation({
    mutationFn: (id: string) => resourcesApi.withdrawSubmission(id),
    onSuccess: invalidate,
  });
}

export function usePublishVersion() {
  const invalidate = useInvalidateLibrary();
  return useMutation({
    mutationFn: (versionId: string) => resourcesApi.publish(versionId),
    onSuccess: invalidate,
  });
}

export function useRejectVersion() {
  const invalidate = useInvalidateLibrary();
  return useMutation({
    mutationFn: ({ versionId, note }: { versionId: string; note: string }) =>
      resourcesApi.reject(versionId, note),
    onSuccess: invalidate,
  });
}

export function useWithdrawResource() {
  const invalidate = useInvalidateLibrary();
  return useMutation({ mutationFn: (id: string) => resourcesApi.withdraw(id), onSuccess: invalidate });
}
