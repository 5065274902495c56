import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordRequest, UpdateProfileRequest } from '@campus/contracts';
import { api } from '../../../api';
import { profileApi } from '../api/profile.api';

/** The session's user is the profile: the answer replaces it (and a new locale switches the UI). */
export function useUpdateProfile() {
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => profileApi.update(body),
    onSuccess: (user) => api.updateUser(user),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => profileApi.changePassword(body),
    onSuccess: (session) => api.setSession(session),
  });
}
