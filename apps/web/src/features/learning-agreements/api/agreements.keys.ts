// The keys file, not the feature's index: the mobilities pages render this feature's section.
import { mobilitiesKeys } from '../../mobilities/api/mobilities.keys';
import type { AgreementScope } from './agreements.api';

/**
 * Query keys of learning agreements. A manager's sit under the mobility record's key, so they are
 * refreshed with the record; a participant's under their own mobilities.
 */
export const agreementsKeys = {
  agreement: (scope: AgreementScope) =>
    scope.kind === 'org'
      ? ([...mobilitiesKeys.record(scope.orgId, scope.mobilityId), 'agreement'] as const)
      : ([...mobilitiesKeys.mine(), scope.mobilityId, 'agreement'] as const),
};
