import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttemptStatus, AttemptView } from '@campus/contracts';
import { coursesKeys } from '../../courses';
import { quizzesApi } from '../api/quizzes.api';
import { quizzesKeys } from '../api/quizzes.keys';

/** Grading runs in the worker within a second or two: ask again this often until it is done. */
export const GRADING_POLL_MS = 1500;

const waiting = (status: AttemptStatus | undefined) => status === 'submitted';

/** The learner's quiz; polls while an attempt waits to be graded. */
export function useLearnerQuiz(quizId: string) {
  return useQuery({
    queryKey: quizzesKeys.quiz(quizId),
    queryFn: () => quizzesApi.quiz(quizId),
    refetchInterval: (q) => (q.state.data?.attempts.some((a) => waiting(a.status)) ? GRADING_POLL_MS : false),
  });
}

/**
 * One attempt. While it runs the page keeps its own copy of the answers, so the attempt is not
 * fetched again behind its back; `pollWhileOpen` asks again after the time is up, until the server
 * has submitted it.
 */
export function useAttempt(attemptId: string, pollWhileOpen = false) {
  return useQuery({
    queryKey: quizzesKeys.attempt(attemptId),
    queryFn: () => quizzesApi.attempt(attemptId),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      if (status === 'in_progress') return pollWhileOpen ? GRADING_POLL_MS : false;
      return waiting(status) ? GRADING_POLL_MS : false;
    },
  });
}

/** What the quiz's review policy lets the learner see; polls until graded (or waiting for a trainer). */
export function useAttemptResult(attemptId: string, enabled = true) {
  return useQuery({
    queryKey: quizzesKeys.result(attemptId),
    queryFn: () => quizzesApi.result(attemptId),
    enabled,
    refetchInterval: (q) => (waiting(q.state.data?.status) ? GRADING_POLL_MS : false),
  });
}

export function useStartAttempt(quizId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => quizzesApi.start(quizId),
    onSuccess: (attempt: AttemptView) => {
      queryClient.setQueryData(quizzesKeys.attempt(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: quizzesKeys.quiz(quizId) });
    },
  });
}

export function useSubmitAttempt(attemptId: string, quizId: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => quizzesApi.submit(attemptId),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: quizzesKeys.attempt(attemptId) });
      void queryClient.invalidateQueries({ queryKey: quizzesKeys.quiz(quizId) });
      void queryClient.invalidateQueries({ queryKey: coursesKeys.enrolment(courseId) });
    },
  });
}
