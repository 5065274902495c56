import { z } from 'zod';
import { CountryCode, Email, LinkToken, Password, PersonName, Role } from './common';

export const ORGANISATION_KINDS = ['vet_school', 'school', 'agency', 'company', 'other'] as const;

export const CreateOrganisationRequest = z.object({
  name: z.string().trim().min(2).max(200),
  country: CountryCode,
  city: z.string().trim().min(1).max(120),
  kind: z.enum(ORGANISATION_KINDS).default('vet_school'),
});
export type CreateOrganisationRequest = z.input<typeof CreateOrganisationRequest>;
export const UpdateOrganisationRequest = CreateOrganisationRequest.partial();
export type UpdateOrganisationRequest = z.input<typeof UpdateOrganisationRequest>;

export interface OrganisationView {
  id: string;
  name: string;
  country: string;
  city: string;
  kind: string;
  memberCount?: number;
  createdAt: string;
}

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  joinedAt: string;
}

export const ChangeRoleRequest = z.object({ role: Role });
export type ChangeRoleRequest = z.infer<typeof ChangeRoleRequest>;

export const InviteRequest = z.object({
  email: Email,
  role: Role.default('learner'),
  name: PersonName.optional(),
});
export type InviteRequest = z.input<typeof InviteRequest>;

/** CSV with a header row: email,role[,name]. */
export const CsvInviteRequest = z.object({ csv: z.string().min(1).max(1_000_000) });
export type CsvInviteRequest = z.infer<typeof CsvInviteRequest>;

export interface CsvInviteRowResult {
  /** 1-based line number in the uploaded file (the header is line 1). */
  line: number;
  email: string;
  status: 'invited' | 'failed';
  reason?: string;
}
export interface CsvInviteReport {
  invited: number;
  failed: number;
  rows: CsvInviteRowResult[];
}

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  expiresAt: string;
  createdAt: string;
}

export interface InvitationPreview {
  organisationName: string;
  role: Role;
  email: string;
  /** True when the address already has an account: the invitee signs in instead of choosing a password. */
  hasAccount: boolean;
}

export const AcceptInvitationRequest = z.object({
  token: LinkToken,
  name: PersonName.optional(),
  password: Password.optional(),
});
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;
