import type {
  ChangePasswordRequest,
  CurrentUser,
  LoginResponse,
  UpdateProfileRequest,
} from '@campus/contracts';
import { api } from '../../../api';

export const profileApi = {
  update: (body: UpdateProfileRequest) => api.patch<CurrentUser>('/me', body),
  /** Ends every other session; the answer is this device's new session. */
  changePassword: (body: ChangePasswordRequest) => api.post<LoginResponse>('/me/password', body),
};
