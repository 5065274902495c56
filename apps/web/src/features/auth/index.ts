export { authApi, isLoginResponse, type AcceptInvitationResult } from './api/auth.api';
export { authKeys } from './api/auth.keys';
export { useSession, useCurrentUser } from './hooks/use-session';
export { useSignIn, useSignOut, usePublicSettings, useResendVerification } from './hooks/use-auth-mutations';
export {
  managedMemberships,
  canManageOrganisation,
  authoringMemberships,
  canAuthorInOrganisation,
  safeNextPath,
} from './capabilities';
export { AuthPanel } from './components/auth-panel';
export { SignInForm } from './components/sign-in-form';
export { RegisterView } from './components/register-form';
export { VerifyEmail } from './components/verify-email';
export { ForgotPasswordForm, ResetPasswordForm } from './components/password-reset';
export { AcceptInvitation, type JoinedState } from './components/accept-invitation';
export { RequireAuth, FullPageSpinner } from './components/require-auth';
