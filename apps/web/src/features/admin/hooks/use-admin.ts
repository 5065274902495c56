import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateOrganisationRequest, UpdateOrganisationRequest } from '@campus/contracts';
import { authKeys } from '../../auth';
import { adminApi, type EmailStatus } from '../api/admin.api';
import { adminKeys } from '../api/admin.keys';

export function useAdminOrganisations() {
  return useQuery({ queryKey: adminKeys.organisations(), queryFn: adminApi.organisations });
}

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id?: string;
      body: CreateOrganisationRequest | UpdateOrganisationRequest;
    }) =>
      id
        ? adminApi.updateOrganisation(id, body)
        : adminApi.createOrganisation(body as CreateOrganisationRequest),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.organisations() }),
  });
}

export function useAdminUsers(q: { q?: string; page: number }) {
  return useQuery({
    queryKey: adminKeys.users(q),
    queryFn: () => adminApi.users(q),
    placeholderData: keepPreviousData,
  });
}

export function useSetUserActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => adminApi.setUserActive(id, active),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.usersAll() }),
  });
}

export function useAdminEmails(q: { status?: EmailStatus; page: number }) {
  return useQuery({
    queryKey: adminKeys.emails(q),
    queryFn: () => adminApi.emails(q),
    placeholderData: keepPreviousData,
  });
}

export function useRetryEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => adminApi.retryEmail(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.emailsAll() }),
  });
}

export function useCapturedEmails(page: number) {
  return useQuery({
    queryKey: adminKeys.capturedEmails(page),
    queryFn: () => adminApi.capturedEmails({ page }),
    placeholderData: keepPreviousData,
  });
}

export function useCapturedEmail(id: string) {
  return useQuery({ queryKey: adminKeys.capturedEmail(id), queryFn: () => adminApi.capturedEmail(id) });
}

export function useQueues() {
  return useQuery({ queryKey: adminKeys.queues(), queryFn: adminApi.queues, refetchInterval: 10_000 });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ queue, jobId }: { queue: string; jobId: string }) => adminApi.retryJob(queue, jobId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.queues() }),
  });
}

export function useAuditLog(q: { action?: string; page: number }) {
  return useQuery({
    queryKey: adminKeys.audit(q),
    queryFn: () => adminApi.audit(q),
    placeholderData: keepPreviousData,
  });
}

export function useAdminSettings() {
  return useQuery({ queryKey: adminKeys.settings(), queryFn: adminApi.settings });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adminApi.updateSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(adminKeys.settings(), settings);
      void queryClient.invalidateQueries({ queryKey: authKeys.publicSettings() });
    },
  });
}
