import type {
  CertificateExportView,
  CertificateVerification,
  CourseCertificatesPage,
  CourseSummaryView,
  CsvSeparator,
  FileVerification,
  MobilityCredentialView,
  MyCertificate,
  OrgCertificatesPage,
  OrgCertificatesQuery,
  RevokeCertificateRequest,
} from '@campus/contracts';
import { api, isApiError } from '../../../api';

export const ORG_CERTIFICATES_PAGE_SIZE = 25;
export const COURSE_CERTIFICATES_PAGE_SIZE = 25;

/** The filters of an organisation's certificates; the page is left out of the downloads. */
export type OrgCertificatesFilter = Partial<Omit<OrgCertificatesQuery, 'page' | 'pageSize'>>;

const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;
const certificate = (id: string) => `/certificates/${encodeURIComponent(id)}`;

/** What the public checker is given: an uploaded file, or a pasted VC-JWT. */
export type CredentialInput = { file: File } | { jwt: string };

/**
 * The API hands out download links as `/api/…` paths (or absolute URLs on the same origin); the client
 * adds `/api` itself, so only the part after it is passed on.
 */
export function apiRelativePath(link: string): string {
  const url = new URL(link, globalThis.location?.origin ?? 'http://localhost');
  const path = url.pathname.startsWith('/api/') ? url.pathname.slice('/api'.length) : url.pathname;
  return path + url.search;
}

export const certificatesApi = {
  /** Public. An unknown code answers `unknown`; a 404 is read the same way. */
  verify: async (code: string, signal?: AbortSignal): Promise<CertificateVerification> => {
    try {
      return await api.get<CertificateVerification>(`/verify/${encodeURIComponent(code)}`, undefined, signal);
    } catch (e) {
      if (isApiError(e, 'NOT_FOUND')) return { status: 'unknown' };
      throw e;
    }
  },
  verifyCredential: (input: CredentialInput): Promise<FileVerification> => {
    if ('jwt' in input) return api.post<FileVerification>('/verify', { jwt: input.jwt });
    const form = new FormData();
    form.append('file', input.file);
    return api.upload<FileVerification>('/verify', form);
  },
  mine: () => api.get<MyCertificate[]>('/me/certificates'),
  /** A validated mobility's credential, for the sending school's managers. */
  mobilityCredential: (orgId: string, mobilityId: string, signal?: AbortSignal) =>
    api.get<MobilityCredentialView>(
      `${org(orgId)}/mobilities/${encodeURIComponent(mobilityId)}/credential`,
      undefined,
      signal,
    ),
  download: (link: string) => api.blob(apiRelativePath(link)),

  orgList: (orgId: string, query: OrgCertificatesFilter & { page?: number }, signal?: AbortSignal) =>
    api.get<OrgCertificatesPage>(
      `${org(orgId)}/certificates`,
      { pageSize: ORG_CERTIFICATES_PAGE_SIZE, ...query },
      signal,
    ),
  /**
   * Every certificate matching the filters (all pages), as CSV or as a ZIP of their PDFs. The
   * CSV's separator: `separator`, else the one the user's language expects.
   */
  orgExport: (
    orgId: string,
    format: 'csv' | 'zip',
    filter: OrgCertificatesFilter,
    separator?: CsvSeparator,
  ) =>
    api.blob(`${org(orgId)}/certificates.${format}`, {
      courseId: filter.courseId,
      userId: filter.userId,
      from: filter.from,
      to: filter.to,
      separator: format === 'csv' ? separator : undefined,
    }),
  /** A ZIP too large to stream, built in the background (the same filters as `orgExport`). */
  requestExport: (orgId: string, filter: OrgCertificatesFilter) =>
    api.post<CertificateExportView>(`${org(orgId)}/certificate-exports`, {
      courseId: filter.courseId,
      userId: filter.userId,
      from: filter.from,
      to: filter.to,
    }),
  exports: (orgId: string, signal?: AbortSignal) =>
    api.get<CertificateExportView[]>(`${org(orgId)}/certificate-exports`, undefined, signal),
  /** The organisation's own courses, for the course filter. */
  orgCourses: (orgId: string, signal?: AbortSignal) =>
    api.get<CourseSummaryView[]>(`${org(orgId)}/courses`, undefined, signal),
  revoke: (id: string, body: RevokeCertificateRequest) => api.post<void>(`${certificate(id)}/revoke`, body),
  reissue: (id: string) => api.post<{ id: string }>(`${certificate(id)}/reissue`),

  /** A page of a course's certificates, flagged ones (a regrade changed the result behind them) first. */
  forCourse: (courseId: string, page: number, signal?: AbortSignal) =>
    api.get<CourseCertificatesPage>(
      `/authoring/courses/${encodeURIComponent(courseId)}/certificates`,
      { page, pageSize: COURSE_CERTIFICATES_PAGE_SIZE },
      signal,
    ),
  /** Settles a review request: the certificate stays as it is. */
  keep: (id: string) => api.post<void>(`${certificate(id)}/keep`),
};
