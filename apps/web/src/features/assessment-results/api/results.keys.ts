/** Query keys of the assessment results feature. */
export const resultsKeys = {
  all: ['assessment-results'] as const,
  round: (orgId: string, roundId: string, locale: string) =>
    [...resultsKeys.all, orgId, roundId, locale] as const,
};
