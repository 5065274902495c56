import { z } from 'zod';
import { Email, LinkToken, Locale, Password, PersonName, Role, TimeZone } from './common';

export const LoginRequest = z.object({ email: Email, password: z.string().min(1).max(256) });
export type LoginRequest = z.infer<typeof LoginRequest>;

export interface MembershipView {
  organisationId: string;
  organisationName: string;
  role: Role;
}

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  timeZone: string;
  isPlatformAdmin: boolean;
  emailVerified: boolean;
  memberships: MembershipView[];
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: CurrentUser;
}

export const RegisterRequest = z.object({
  email: Email,
  name: PersonName,
  password: Password,
  locale: Locale.default('en'),
  timeZone: TimeZone.default('Europe/Brussels'),
});
export type RegisterRequest = z.input<typeof RegisterRequest>;

export const TokenRequest = z.object({ token: LinkToken });
export type TokenRequest = z.infer<typeof TokenRequest>;

export const EmailRequest = z.object({ email: Email });
export type EmailRequest = z.infer<typeof EmailRequest>;

export const PasswordResetConfirm = z.object({ token: LinkToken, password: Password });
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirm>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: Password,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const UpdateProfileRequest = z
  .object({ name: PersonName, locale: Locale, timeZone: TimeZone })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one of name, locale, timeZone.' });
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequest>;

/** The same answer for known and unknown addresses, so it reveals nothing. */
export interface AcceptedMessage {
  message: string;
}

export interface PublicSettings {
  registrationEnabled: boolean;
}
