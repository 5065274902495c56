import type { QuestionListFilter } from './quizzes.api';

/** Query keys of the quizzes feature: a learner's quiz and attempts, and a course's bank and reports. */
export const quizzesKeys = {
  all: ['quizzes'] as const,
  quiz: (quizId: string) => [...quizzesKeys.all, 'quiz', quizId] as const,
  attempt: (attemptId: string) => [...quizzesKeys.all, 'attempt', attemptId] as const,
  result: (attemptId: string) => [...quizzesKeys.all, 'result', attemptId] as const,

  authoring: ['quizzes', 'authoring'] as const,
  questions: (courseId: string, filter?: QuestionListFilter) =>
    filter
      ? ([...quizzesKeys.authoring, 'questions', courseId, filter] as const)
      : ([...quizzesKeys.authoring, 'questions', courseId] as const),
  question: (questionId: string) => [...quizzesKeys.authoring, 'question', questionId] as const,
  authoringQuiz: (quizId: string) => [...quizzesKeys.authoring, 'quiz', quizId] as const,
  gradingQueue: (courseId: string) => [...quizzesKeys.authoring, 'grading-queue', courseId] as const,
  trainerAttempt: (attemptId: string) => [...quizzesKeys.authoring, 'attempt', attemptId] as const,
  quizAttempts: (quizId: string) => [...quizzesKeys.authoring, 'quiz-attempts', quizId] as const,
  gradebook: (courseId: string) => [...quizzesKeys.authoring, 'gradebook', courseId] as const,
  statistics: (quizId: string) => [...quizzesKeys.authoring, 'statistics', quizId] as const,
};
