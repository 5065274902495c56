import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  GradeItemRequest,
  ImportQuestionsRequest,
  QuestionInput,
  QuizSettings,
} from '@campus/contracts';
import { authoringKeys } from '../../authoring';
import { quizAuthoringApi, type QuestionListFilter } from '../api/quizzes.api';
import { quizzesKeys } from '../api/quizzes.keys';

export function useQuestions(courseId: string, filter: QuestionListFilter) {
  return useQuery({
    queryKey: quizzesKeys.questions(courseId, filter),
    queryFn: () => quizAuthoringApi.questions(courseId, filter),
  });
}

/**
 * Returned from `onSuccess`, so the mutation settles only once the list is fresh: whatever the
 * caller does next (close the editor, move focus off an archived row) meets the new list.
 */
function useInvalidateBank(courseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: quizzesKeys.questions(courseId) });
}

export function useSaveQuestion(courseId: string) {
  const invalidate = useInvalidateBank(courseId);
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: QuestionInput }) =>
      id ? quizAuthoringApi.updateQuestion(id, body) : quizAuthoringApi.createQuestion(courseId, body),
    onSuccess: invalidate,
  });
}

export function useArchiveQuestion(courseId: string) {
  const invalidate = useInvalidateBank(courseId);
  return useMutation({
    mutationFn: (id: string) => quizAuthoringApi.archiveQuestion(id),
    onSuccess: invalidate,
  });
}

export function useImportQuestions(courseId: string) {
  const invalidate = useInvalidateBank(courseId);
  return useMutation({
    mutationFn: (body: ImportQuestionsRequest) => quizAuthoringApi.importQuestions(courseId, body),
    onSuccess: invalidate,
  });
}

export function useRegrade(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ questionId, fromVersion }: { questionId: string; fromVersion: number }) =>
      quizAuthoringApi.regrade(questionId, fromVersion),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: quizzesKeys.authoring });
      void queryClient.invalidateQueries({ queryKey: quizzesKeys.gradebook(courseId) });
    },
  });
}

export function useAuthoringQuiz(quizId: string) {
  return useQuery({
    queryKey: quizzesKeys.authoringQuiz(quizId),
    queryFn: () => quizAuthoringApi.quiz(quizId),
  });
}

export function useUpdateQuiz(quizId: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QuizSettings) => quizAuthoringApi.updateQuiz(quizId, body),
    onSuccess: (quiz) => {
      queryClient.setQueryData(quizzesKeys.authoringQuiz(quizId), quiz);
      void queryClient.invalidateQueries({ queryKey: authoringKeys.course(courseId) });
    },
  });
}

export function useGradingQueue(courseId: string) {
  return useQuery({
    queryKey: quizzesKeys.gradingQueue(courseId),
    queryFn: () => quizAuthoringApi.gradingQueue(courseId),
  });
}

export function useGradeItem(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      attemptId,
      position,
      body,
    }: {
      attemptId: string;
      position: number;
      body: GradeItemRequest;
    }) => quizAuthoringApi.gradeItem(attemptId, position, body),
    onSuccess: (attempt) => {
      queryClient.setQueryData(quizzesKeys.trainerAttempt(attempt.id), attempt);
      void queryClient.invalidateQueries({ queryKey: quizzesKeys.gradingQueue(courseId) });
      void queryClient.invalidateQueries({ queryKey: quizzesKeys.quizAttempts(attempt.quizId) });
      void queryClient.invalidateQueries({ queryKey: quizzesKeys.gradebook(courseId) });
    },
  });
}

export function useTrainerAttempt(attemptId: string) {
  return useQuery({
    queryKey: quizzesKeys.trainerAttempt(attemptId),
    queryFn: () => quizAuthoringApi.attempt(attemptId),
  });
}

export function useQuizAttempts(quizId: string) {
  return useQuery({
    queryKey: quizzesKeys.quizAttempts(quizId),
    queryFn: () => quizAuthoringApi.quizAttempts(quizId),
  });
}

export function useGradebook(courseId: string) {
  return useQuery({
    queryKey: quizzesKeys.gradebook(courseId),
    queryFn: () => quizAuthoringApi.gradebook(courseId),
  });
}

export function useQuizStatistics(quizId: string) {
  return useQuery({
    queryKey: quizzesKeys.statistics(quizId),
    queryFn: () => quizAuthoringApi.statistics(quizId),
  });
}

/** A file download (CSV, JSON) with the bearer token; the caller saves the blob. */
export function useDownload(fn: () => Promise<Blob>) {
  return useMutation({ mutationFn: fn });
}
