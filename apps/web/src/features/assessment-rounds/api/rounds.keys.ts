import type { Locale } from '@campus/contracts';

/** One key factory for the feature. */
export const roundsKeys = {
  all: ['assessment-rounds'] as const,
  list: (orgId: string, page: number) => [...roundsKeys.all, 'list', orgId, page] as const,
  lists: (orgId: string) => [...roundsKeys.all, 'list', orgId] as const,
  round: (orgId: string, roundId: string) => [...roundsKeys.all, 'round', orgId, roundId] as const,
  frameworks: (locale: Locale) => [...roundsKeys.all, 'frameworks', locale] as const,
  questionnaire: (locale: Locale) => [...roundsKeys.all, 'questionnaire', locale] as const,
};
