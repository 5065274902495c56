import type {
  AttemptResultView,
  AttemptSummary,
  AttemptView,
  AuthoringQuizView,
  CourseView,
  CreateQuizLessonRequest,
  CsvSeparator,
  GradeItemRequest,
  Gradebook,
  GradingQueueItem,
  ImportQuestionsRequest,
  ImportQuestionsResult,
  LearnerQuizView,
  QuestionInput,
  QuestionView,
  QuizAttemptRow,
  QuizItemStatistics,
  QuizSettings,
  RegradeResult,
  SaveResponseResult,
  TrainerAttemptView,
} from '@campus/contracts';
import { api } from '../../../api';

const enc = encodeURIComponent;
const course = (courseId: string) => `/authoring/courses/${enc(courseId)}`;

/** What learners call: their quiz, their attempts, their answers. */
export const quizzesApi = {
  quiz: (quizId: string) => api.get<LearnerQuizView>(`/quizzes/${enc(quizId)}`),
  start: (quizId: string) => api.post<AttemptView>(`/quizzes/${enc(quizId)}/attempts`),
  attempt: (attemptId: string) => api.get<AttemptView>(`/attempts/${enc(attemptId)}`),
  save: (attemptId: string, position: number, response: unknown) =>
    api.request<SaveResponseResult>('PUT', `/attempts/${enc(attemptId)}/responses/${position}`, {
      body: { response },
    }),
  submit: (attemptId: string) => api.post<AttemptSummary>(`/attempts/${enc(attemptId)}/submit`),
  result: (attemptId: string) => api.get<AttemptResultView>(`/attempts/${enc(attemptId)}/result`),
};

export interface QuestionListFilter {
  tag?: string;
  includeArchived?: boolean;
}

/** What trainers call: the question bank, quiz settings, grading and reports of a course. */
export const quizAuthoringApi = {
  questions: (courseId: string, filter: QuestionListFilter = {}) =>
    api.get<QuestionView[]>(`${course(courseId)}/questions`, {
      tag: filter.tag,
      includeArchived: filter.includeArchived ? 'true' : undefined,
    }),
  question: (questionId: string) => api.get<QuestionView>(`/authoring/questions/${enc(questionId)}`),
  createQuestion: (courseId: string, body: QuestionInput) =>
    api.post<QuestionView>(`${course(courseId)}/questions`, body),
  updateQuestion: (questionId: string, body: QuestionInput) =>
    api.request<QuestionView>('PUT', `/authoring/questions/${enc(questionId)}`, { body }),
  archiveQuestion: (questionId: string) => api.delete(`/authoring/questions/${enc(questionId)}`),
  importQuestions: (courseId: string, body: ImportQuestionsRequest) =>
    api.post<ImportQuestionsResult>(`${course(courseId)}/questions/import`, body),
  exportQuestions: (courseId: string) => api.blob(`${course(courseId)}/questions/export`),
  regrade: (questionId: string, fromVersion: number) =>
    api.post<RegradeResult>(`/authoring/questions/${enc(questionId)}/regrade`, { fromVersion }),

  createQuizLesson: (moduleId: string, body: CreateQuizLessonRequest) =>
    api.post<CourseView>(`/authoring/modules/${enc(moduleId)}/quizzes`, body),
  quiz: (quizId: string) => api.get<AuthoringQuizView>(`/authoring/quizzes/${enc(quizId)}`),
  updateQuiz: (quizId: string, body: QuizSettings) =>
    api.request<AuthoringQuizView>('PUT', `/authoring/quizzes/${enc(quizId)}`, { body }),

  gradingQueue: (courseId: string) => api.get<GradingQueueItem[]>(`${course(courseId)}/grading-queue`),
  gradeItem: (attemptId: string, position: number, body: GradeItemRequest) =>
    api.post<TrainerAttemptView>(`/authoring/attempts/${enc(attemptId)}/items/${position}/grade`, body),
  attempt: (attemptId: string) => api.get<TrainerAttemptView>(`/authoring/attempts/${enc(attemptId)}`),
  quizAttempts: (quizId: string) => api.get<QuizAttemptRow[]>(`/authoring/quizzes/${enc(quizId)}/attempts`),
  gradebook: (courseId: string) => api.get<Gradebook>(`${course(courseId)}/gradebook`),
  /** No separator: the one the user's language expects. */
  gradebookCsv: (courseId: string, separator?: CsvSeparator) =>
    api.blob(`${course(courseId)}/gradebook.csv`, { separator }),
  statistics: (quizId: string) =>
    api.get<QuizItemStatistics[]>(`/authoring/quizzes/${enc(quizId)}/statistics`),
  statisticsCsv: (quizId: string, separator?: CsvSeparator) =>
    api.blob(`/authoring/quizzes/${enc(quizId)}/statistics.csv`, { separator }),
};
