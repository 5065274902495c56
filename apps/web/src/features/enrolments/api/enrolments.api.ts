import type {
  CourseSummaryView,
  CsvSeparator,
  ManagerEnrolCsvRequest,
  ManagerEnrolRequest,
  ManagerEnrolResult,
  Page,
  ProgressQuery,
  ProgressRow,
} from '@campus/contracts';
import { api } from '../../../api';

export const PROGRESS_PAGE_SIZE = 25;
/** The catalogue's largest page: the courses a manager may enrol people in. */
const COURSES_PAGE_SIZE = 100;

const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const enrolmentsApi = {
  courses: () => api.get<Page<CourseSummaryView>>('/catalogue', { pageSize: COURSES_PAGE_SIZE }),
  enrol: (orgId: string, body: ManagerEnrolRequest) =>
    api.post<ManagerEnrolResult>(`${org(orgId)}/enrolments`, body),
  enrolCsv: (orgId: string, body: ManagerEnrolCsvRequest) =>
    api.post<ManagerEnrolResult>(`${org(orgId)}/enrolments/csv`, body),
  unenrol: (orgId: string, enrolmentId: string) =>
    api.delete(`${org(orgId)}/enrolments/${encodeURIComponent(enrolmentId)}`),
  progress: (orgId: string, query: Partial<ProgressQuery>, signal?: AbortSignal) =>
    api.get<Page<ProgressRow>>(`${org(orgId)}/progress`, { pageSize: PROGRESS_PAGE_SIZE, ...query }, signal),
  /** The same rows as CSV (all pages), for the filters given; no separator: the user's language's. */
  progressCsv: (orgId: string, query: Partial<ProgressQuery>, separator?: CsvSeparator) =>
    api.blob(`${org(orgId)}/progress.csv`, {
      courseId: query.courseId,
      userId: query.userId,
      status: query.status,
      separator,
    }),
};
