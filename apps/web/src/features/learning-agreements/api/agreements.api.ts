import type {
  AgreementVersionView,
  LearningAgreementView,
  SaveLearningAgreementRequest,
} from '@campus/contracts';
import { api } from '../../../api';

/**
 * Whose agreement and through which routes: a manager reads a mobility of their organisation, a
 * participant their own mobility. The party who confirms follows: the manager or the participant.
 */
export type AgreementScope =
  { kind: 'org'; orgId: string; mobilityId: string } | { kind: 'me'; mobilityId: string };

function base(scope: AgreementScope): string {
  const id = encodeURIComponent(scope.mobilityId);
  return scope.kind === 'org'
    ? `/orgs/${encodeURIComponent(scope.orgId)}/mobilities/${id}/agreement`
    : `/me/mobilities/${id}/agreement`;
}

export const agreementsApi = {
  get: (scope: AgreementScope, signal?: AbortSignal) =>
    api.get<LearningAgreementView>(base(scope), undefined, signal),
  save: (scope: AgreementScope, body: SaveLearningAgreementRequest) =>
    api.request<LearningAgreementView>('PUT', base(scope), { body }),
  confirm: (scope: AgreementScope, version: number) =>
    api.post<LearningAgreementView>(`${base(scope)}/confirm`, { version }),
  version: (scope: AgreementScope, version: number, signal?: AbortSignal) =>
    api.get<AgreementVersionView>(`${base(scope)}/versions/${version}`, undefined, signal),
};
