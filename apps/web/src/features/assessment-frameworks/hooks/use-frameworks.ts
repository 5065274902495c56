import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateFrameworkRequest, FrameworkAdminView, FrameworkContent, Locale } from '@campus/contracts';
import { frameworksApi } from '../api/frameworks.api';
import { frameworkKeys } from '../api/frameworks.keys';

export function usePublishedFrameworks(locale?: Locale) {
  return useQuery({
    queryKey: frameworkKeys.published(locale),
    queryFn: () => frameworksApi.published(locale),
  });
}

export function useFrameworkVersion(versionId: string, locale?: Locale) {
  return useQuery({
    queryKey: frameworkKeys.version(versionId, locale),
    queryFn: () => frameworksApi.version(versionId, locale),
  });
}

export function useAdminFrameworks() {
  return useQuery({ queryKey: frameworkKeys.adminList(), queryFn: frameworksApi.list });
}

export function useAdminFramework(id: string) {
  return useQuery({ queryKey: frameworkKeys.admin(id), queryFn: () => frameworksApi.get(id) });
}

/** After a change the admin view is the answer; the lists (admin and published) are refetched. */
function useFrameworkChange<V>(id: string, change: (vars: V) => Promise<FrameworkAdminView | void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (view) => {
      if (view) queryClient.setQueryData(frameworkKeys.admin(id), view);
      else await queryClient.invalidateQueries({ queryKey: frameworkKeys.admin(id) });
      await queryClient.invalidateQueries({ queryKey: frameworkKeys.adminList() });
      await queryClient.invalidateQueries({ queryKey: [...frameworkKeys.all, 'published'] });
    },
  });
}

export function useSaveFrameworkDraft(id: string) {
  return useFrameworkChange(id, (content: FrameworkContent) => frameworksApi.saveDraft(id, content));
}

export function usePublishFramework(id: string) {
  return useFrameworkChange(id, () => frameworksApi.publish(id));
}

export function useDiscardFrameworkDraft(id: string) {
  return useFrameworkChange(id, () => frameworksApi.discardDraft(id));
}

export function useCreateFramework() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFrameworkRequest) => frameworksApi.create(body),
    onSuccess: (view) => {
      queryClient.setQueryData(frameworkKeys.admin(view.id), view);
      return queryClient.invalidateQueries({ queryKey: frameworkKeys.adminList() });
    },
  });
}
