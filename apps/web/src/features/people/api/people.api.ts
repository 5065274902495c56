import type {
  CsvInviteReport,
  InvitationView,
  InviteRequest,
  MemberView,
  OrganisationView,
  Role,
} from '@campus/contracts';
import { api } from '../../../api';

const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const peopleApi = {
  organisation: (orgId: string) => api.get<OrganisationView>(org(orgId)),
  members: (orgId: string) => api.get<MemberView[]>(`${org(orgId)}/members`),
  changeRole: (orgId: string, userId: string, role: Role) =>
    api.patch<void>(`${org(orgId)}/members/${encodeURIComponent(userId)}`, { role }),
  removeMember: (orgId: string, userId: string) =>
    api.delete(`${org(orgId)}/members/${encodeURIComponent(userId)}`),
  invitations: (orgId: string) => api.get<InvitationView[]>(`${org(orgId)}/invitations`),
  invite: (orgId: string, body: InviteRequest) => api.post<InvitationView>(`${org(orgId)}/invitations`, body),
  inviteCsv: (orgId: string, csv: string) =>
    api.post<CsvInviteReport>(`${org(orgId)}/invitations/csv`, { csv }),
  revokeInvitation: (orgId: string, invitationId: string) =>
    api.delete(`${org(orgId)}/invitations/${encodeURIComponent(invitationId)}`),
};
