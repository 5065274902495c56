import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, LoginResponse } from '@campus/contracts';
import { api } from '../../../api';
import { authApi } from '../api/auth.api';
import { authKeys } from '../api/auth.keys';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => authApi.login(body),
    onSuccess: (session: LoginResponse) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.clear();
      api.setSession(session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => authApi.logout(),
    onSettled: () => queryClient.clear(),
  });
}

export function usePublicSettings() {
  return useQuery({
    queryKey: authKeys.publicSettings(),
    queryFn: authApi.publicSettings,
    staleTime: 60_000,
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: (email: string) => authApi.resendVerification(email) });
}
