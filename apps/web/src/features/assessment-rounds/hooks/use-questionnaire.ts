import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Locale, SubmitResponseRequest } from '@campus/contracts';
import { respondentApi } from '../api/rounds.api';
import { roundsKeys } from '../api/rounds.keys';

/** The questionnaire in `locale`. A refused link (404/410) is final: no retries. */
export function useQuestionnaire(token: string, locale: Locale) {
  return useQuery({
    queryKey: roundsKeys.questionnaire(locale),
    queryFn: ({ signal }) => respondentApi.questionnaire(token, locale, signal),
    retry: false,
    // Switching language keeps the answers on screen while the new texts load.
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useSubmitResponse(token: string) {
  return useMutation({ mutationFn: (body: SubmitResponseRequest) => respondentApi.submit(token, body) });
}
