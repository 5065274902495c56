import type { CatalogueQuery, CourseSummaryView, CourseView, EnrolmentView, Page } from '@campus/contracts';
import { api, isApiError } from '../../../api';

export const CATALOGUE_PAGE_SIZE = 12;

export type MyEnrolment = EnrolmentView & { course: { id: string; slug: string; title: string } };

const course = (courseId: string) => `/courses/${encodeURIComponent(courseId)}`;

export const coursesApi = {
  catalogue: (query: Partial<CatalogueQuery>, signal?: AbortSignal) =>
    api.get<Page<CourseSummaryView>>('/catalogue', { pageSize: CATALOGUE_PAGE_SIZE, ...query }, signal),
  course: (slug: string) => api.get<CourseView>(`/catalogue/${encodeURIComponent(slug)}`),
  /** null when not enrolled (the API answers 404). */
  enrolment: async (courseId: string): Promise<EnrolmentView | null> => {
    try {
      return await api.get<EnrolmentView>(`${course(courseId)}/enrolment`);
    } catch (e) {
      if (isApiError(e, 'NOT_FOUND')) return null;
      throw e;
    }
  },
  enrol: (courseId: string) => api.post<EnrolmentView>(`${course(courseId)}/enrolment`),
  unenrol: (courseId: string) => api.delete(`${course(courseId)}/enrolment`),
  learn: (courseId: string) => api.get<CourseView>(`${course(courseId)}/learn`),
  complete: (courseId: string, lessonId: string) =>
    api.post<EnrolmentView>(`${course(courseId)}/lessons/${encodeURIComponent(lessonId)}/complete`),
  myEnrolments: () => api.get<MyEnrolment[]>('/me/enrolments'),
};
