import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewLogEntryRequest, SubmitMentorAssessmentRequest } from '@campus/contracts';
import { mentorApi } from '../api/mentor.api';
import { mentorKeys } from '../api/mentor.keys';

/** Everything the mentor's page shows. A refused link (404/410) is final: no retries. */
export function useMentorPage(token: string) {
  return useQuery({
    queryKey: mentorKeys.page(),
    queryFn: ({ signal }) => mentorApi.page(token, signal),
    retry: false,
  });
}

/** Each action reloads the page's data: confirmations, states and totals come from the API. */
function useMentorAction<A>(run: (args: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    // Also after a refusal: the agreement may have changed meanwhile (AGREEMENT_OUTDATED).
    onSettled: () => qc.invalidateQueries({ queryKey: mentorKeys.page() }),
  });
}

export function useMentorConfirmAgreement(token: string) {
  return useMentorAction((version: number) => mentorApi.confirmAgreement(token, version));
}

export function useMentorRequestChanges(token: string) {
  return useMentorAction(({ version, comment }: { version: number; comment: string }) =>
    mentorApi.requestChanges(token, version, comment),
  );
}

export function useMentorReviewEntry(token: string) {
  return useMentorAction(({ entryId, review }: { entryId: string; review: ReviewLogEntryRequest }) =>
    mentorApi.reviewEntry(token, entryId, review),
  );
}

export function useMentorSubmitAssessment(token: string) {
  return useMentorAction((body: SubmitMentorAssessmentRequest) => mentorApi.submitAssessment(token, body));
}
