import type {
  AcceptedMessage,
  AcceptInvitationRequest,
  CurrentUser,
  InvitationPreview,
  LoginRequest,
  LoginResponse,
  PasswordResetConfirm,
  PublicSettings,
  RegisterRequest,
} from '@campus/contracts';
import { api } from '../../../api';

export type AcceptInvitationResult = LoginResponse | { joined: true };

export const authApi = {
  login: (body: LoginRequest) => api.post<LoginResponse>('/auth/login', body),
  /** Ends the session server-side (and clears the cookie); the local session is cleared whatever happens. */
  logout: async () => {
    try {
      await api.post<void>('/auth/logout');
    } finally {
      api.clearSession(true);
    }
  },
  register: (body: RegisterRequest) => api.post<AcceptedMessage>('/auth/register', body),
  verifyEmail: (token: string) => api.post<AcceptedMessage>('/auth/verify-email', { token }),
  resendVerification: (email: string) => api.post<AcceptedMessage>('/auth/resend-verification', { email }),
  requestPasswordReset: (email: string) =>
    api.post<AcceptedMessage>('/auth/password-reset/request', { email }),
  confirmPasswordReset: (body: PasswordResetConfirm) =>
    api.post<AcceptedMessage>('/auth/password-reset/confirm', body),
  me: () => api.get<CurrentUser>('/me'),
  publicSettings: () => api.get<PublicSettings>('/settings/public'),
  previewInvitation: (token: string) => api.post<InvitationPreview>('/invitations/preview', { token }),
  acceptInvitation: (body: AcceptInvitationRequest) =>
    api.post<AcceptInvitationResult>('/invitations/accept', body),
};

export function isLoginResponse(r: AcceptInvitationResult): r is LoginResponse {
  return 'accessToken' in r;
}
