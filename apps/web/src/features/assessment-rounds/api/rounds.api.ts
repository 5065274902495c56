import type {
  CreatedRoundLinkView,
  CreateRoundLinkRequest,
  InvitationsResult,
  InviteRespondentsRequest,
  Locale,
  OpenRoundRequest,
  Page,
  PublishedFrameworkSummaryView,
  QuestionnaireView,
  RoundLinkView,
  RoundView,
  SubmitResponseRequest,
} from '@campus/contracts';
import { api } from '../../../api';

const base = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/assessment-rounds`;
const round = (orgId: string, roundId: string) => `${base(orgId)}/${encodeURIComponent(roundId)}`;

/** A school's managers: rounds, their shareable links and e-mail invitations. */
export const roundsApi = {
  list: (orgId: string, page: number, signal?: AbortSignal) =>
    api.get<Page<RoundView>>(base(orgId), { page, pageSize: 25 }, signal),
  get: (orgId: string, roundId: string, signal?: AbortSignal) =>
    api.get<RoundView>(round(orgId, roundId), undefined, signal),
  /** The published frameworks a round can be opened on, titles in `locale`. */
  frameworks: (locale: Locale, signal?: AbortSignal) =>
    api.get<PublishedFrameworkSummaryView[]>('/frameworks', { locale }, signal),
  open: (orgId: string, body: OpenRoundRequest) => api.post<RoundView>(base(orgId), body),
  close: (orgId: string, roundId: string) => api.post<RoundView>(`${round(orgId, roundId)}/close`),
  createLink: (orgId: string, roundId: string, body: CreateRoundLinkRequest) =>
    api.post<CreatedRoundLinkView>(`${round(orgId, roundId)}/links`, body),
  revokeLink: (orgId: string, roundId: string, linkId: string) =>
    api.post<RoundLinkView>(`${round(orgId, roundId)}/links/${encodeURIComponent(linkId)}/revoke`),
  invite: (orgId: string, roundId: string, body: InviteRespondentsRequest) =>
    api.post<InvitationsResult>(`${round(orgId, roundId)}/invitations`, body),
};

/** The respondent's token goes in a header, never in the URL: URLs end up in logs and proxies. */
const withToken = (token: string) => ({ 'X-Respondent-Token': token });

/** The anonymous respondent: no account, the token names the round and the group. */
export const respondentApi = {
  questionnaire: (token: string, locale: Locale, signal?: AbortSignal) =>
    api.request<QuestionnaireView>('GET', '/respond', {
      headers: withToken(token),
      query: { locale },
      signal,
    }),
  submit: (token: string, body: SubmitResponseRequest) =>
    api.request<{ received: true }>('POST', '/respond', { headers: withToken(token), body }),
};
