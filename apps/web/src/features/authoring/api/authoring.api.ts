import type {
  CourseSummaryView,
  CourseView,
  CreateCourseRequest,
  CreateLessonRequest,
  CreateModuleRequest,
  CreateQuizLessonRequest,
  DuplicateCourseRequest,
  FilePurpose,
  FileRef,
  UpdateCourseRequest,
  UpdateLessonRequest,
} from '@campus/contracts';
import { api } from '../../../api';

/** The list answers summaries; `updatedAt` is shown when the API includes it. */
export type AuthoredCourse = CourseSummaryView & { updatedAt?: string };
export type StatusAction = 'publish' | 'unpublish' | 'archive';

const enc = encodeURIComponent;
const course = (courseId: string) => `/authoring/courses/${enc(courseId)}`;
const module_ = (moduleId: string) => `/authoring/modules/${enc(moduleId)}`;
const lesson = (lessonId: string) => `/authoring/lessons/${enc(lessonId)}`;

export const authoringApi = {
  list: (orgId: string) => api.get<AuthoredCourse[]>(`/orgs/${enc(orgId)}/courses`),
  create: (orgId: string, body: CreateCourseRequest) =>
    api.post<CourseView>(`/orgs/${enc(orgId)}/courses`, body),
  get: (courseId: string) => api.get<CourseView>(course(courseId)),
  update: (courseId: string, body: UpdateCourseRequest) => api.patch<CourseView>(course(courseId), body),
  setStatus: (courseId: string, action: StatusAction) =>
    api.post<CourseView>(`${course(courseId)}/${action}`),
  /** A draft copy; the API picks `<slug>-copy` and the title unless given. */
  duplicate: (courseId: string, body: DuplicateCourseRequest = {}) =>
    api.post<CourseView>(`${course(courseId)}/duplicate`, body),

  addModule: (courseId: string, body: CreateModuleRequest) =>
    api.post<CourseView>(`${course(courseId)}/modules`, body),
  renameModule: (moduleId: string, body: CreateModuleRequest) =>
    api.patch<CourseView>(module_(moduleId), body),
  deleteModule: (moduleId: string) => api.delete<CourseView | undefined>(module_(moduleId)),
  reorderModules: (courseId: string, ids: string[]) =>
    api.request<CourseView>('PUT', `${course(courseId)}/modules/order`, { body: { ids } }),

  addLesson: (moduleId: string, body: CreateLessonRequest) =>
    api.post<CourseView>(`${module_(moduleId)}/lessons`, body),
  /** A quiz lesson with its (empty) quiz; the answer's lesson carries `quizId`. */
  addQuizLesson: (moduleId: string, body: CreateQuizLessonRequest) =>
    api.post<CourseView>(`${module_(moduleId)}/quizzes`, body),
  updateLesson: (lessonId: string, body: UpdateLessonRequest) =>
    api.patch<CourseView>(lesson(lessonId), body),
  deleteLesson: (lessonId: string) => api.delete<CourseView | undefined>(lesson(lessonId)),
  reorderLessons: (moduleId: string, ids: string[]) =>
    api.request<CourseView>('PUT', `${module_(moduleId)}/lessons/order`, { body: { ids } }),

  /** One file as multipart/form-data (field `file`); the purpose decides limits and accepted types. */
  upload: (courseId: string, purpose: FilePurpose, file: File, signal?: AbortSignal) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<FileRef>(`${course(courseId)}/files`, form, { purpose }, signal);
  },
};
