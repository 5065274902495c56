import type {
  LearningAgreementView,
  LogEntryView,
  MentorActionView,
  MentorAssessmentView,
  MentorLinkView,
  MentorMobilityView,
  ReviewLogEntryRequest,
  SubmitMentorAssessmentRequest,
} from '@campus/contracts';
import { api } from '../../../api';

/** The mentor's token goes in a header, never in the URL: URLs end up in logs and proxies. */
const withToken = (token: string) => ({ 'X-Mentor-Token': token });

/** The host mentor's pages: no account, the token names the one mobility they open. */
export const mentorApi = {
  page: (token: string, signal?: AbortSignal) =>
    api.request<MentorMobilityView>('GET', '/mentor/mobility', { headers: withToken(token), signal }),
  confirmAgreement: (token: string, version: number) =>
    api.request<LearningAgreementView>('POST', '/mentor/agreement/confirm', {
      headers: withToken(token),
      body: { version },
    }),
  requestChanges: (token: string, version: number, comment: string) =>
    api.request<LearningAgreementView>('POST', '/mentor/agreement/changes', {
      headers: withToken(token),
      body: { version, comment },
    }),
  reviewEntry: (token: string, entryId: string, review: ReviewLogEntryRequest) =>
    api.request<LogEntryView>('PUT', `/mentor/logbook/${encodeURIComponent(entryId)}/review`, {
      headers: withToken(token),
      body: review,
    }),
  submitAssessment: (token: string, body: SubmitMentorAssessmentRequest) =>
    api.request<MentorAssessmentView>('PUT', '/mentor/assessment', { headers: withToken(token), body }),
};

/** Who sees the mentor's activity: the sending manager, or the participant on their own mobility. */
export type MentorActivityScope =
  { kind: 'org'; orgId: string; mobilityId: string } | { kind: 'me'; mobilityId: string };

const orgBase = (orgId: string, mobilityId: string) =>
  `/orgs/${encodeURIComponent(orgId)}/mobilities/${encodeURIComponent(mobilityId)}`;

/** The sending manager's side: send, list and revoke links; the mentor's activity for both sides. */
export const mentorLinksApi = {
  list: (orgId: string, mobilityId: string, signal?: AbortSignal) =>
    api.get<MentorLinkView[]>(`${orgBase(orgId, mobilityId)}/mentor-links`, undefined, signal),
  send: (orgId: string, mobilityId: string) =>
    api.post<MentorLinkView>(`${orgBase(orgId, mobilityId)}/mentor-links`),
  revoke: (orgId: string, mobilityId: string, linkId: string) =>
    api.post<MentorLinkView>(
      `${orgBase(orgId, mobilityId)}/mentor-links/${encodeURIComponent(linkId)}/revoke`,
    ),
  activity: (scope: MentorActivityScope, signal?: AbortSignal) =>
    api.get<MentorActionView[]>(
      scope.kind === 'org'
        ? `${orgBase(scope.orgId, scope.mobilityId)}/mentor-activity`
        : `/me/mobilities/${encodeURIComponent(scope.mobilityId)}/mentor-activity`,
      undefined,
      signal,
    ),
};
