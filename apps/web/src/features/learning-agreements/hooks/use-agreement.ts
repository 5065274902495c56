import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LearningAgreementView, SaveLearningAgreementRequest } from '@campus/contracts';
// The keys file, not the feature's index: the mobilities pages render this feature's section.
import { mobilitiesKeys } from '../../mobilities/api/mobilities.keys';
import { agreementsApi, type AgreementScope } from '../api/agreements.api';
import { agreementsKeys } from '../api/agreements.keys';

export function useAgreement(scope: AgreementScope) {
  return useQuery({
    queryKey: agreementsKeys.agreement(scope),
    queryFn: ({ signal }) => agreementsApi.get(scope, signal),
  });
}

/**
 * The answer of a save or a confirmation is the agreement as it now is. A confirmation can agree
 * the version and move the mobility to agreed, so the record and its history refetch too.
 */
function useAgreementChanged(scope: AgreementScope) {
  const queryClient = useQueryClient();
  return async (view: LearningAgreementView) => {
    queryClient.setQueryData(agreementsKeys.agreement(scope), view);
    await queryClient.invalidateQueries({
      queryKey:
        scope.kind === 'org' ? mobilitiesKeys.record(scope.orgId, scope.mobilityId) : mobilitiesKeys.mine(),
    });
  };
}

export function useSaveAgreement(scope: AgreementScope) {
  const changed = useAgreementChanged(scope);
  return useMutation({
    mutationFn: (body: SaveLearningAgreementRequest) => agreementsApi.save(scope, body),
    onSuccess: changed,
  });
}

export function useConfirmAgreement(scope: AgreementScope) {
  const changed = useAgreementChanged(scope);
  return useMutation({
    mutationFn: (version: number) => agreementsApi.confirm(scope, version),
    onSuccess: changed,
  });
}

/** Reloads the agreement after a 409 (someone saved meanwhile). */
export function useReloadAgreement(scope: AgreementScope) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: agreementsKeys.agreement(scope) });
}
