import type { OrgCertificatesFilter } from './certificates.api';

/** Query keys of the certificates feature; an organisation's certificates sit under `org(orgId)`. */
export const certificatesKeys = {
  all: ['certificates'] as const,
  verification: (code: string) => [...certificatesKeys.all, 'verification', code] as const,
  mine: () => [...certificatesKeys.all, 'mine'] as const,
  org: (orgId: string) => [...certificatesKeys.all, 'org', orgId] as const,
  orgList: (orgId: string, query: OrgCertificatesFilter & { page?: number }) =>
    [...certificatesKeys.org(orgId), 'list', query] as const,
  orgCourses: (orgId: string) => [...certificatesKeys.org(orgId), 'courses'] as const,
  orgExports: (orgId: string) => [...certificatesKeys.org(orgId), 'exports'] as const,
  mobilityCredential: (orgId: string, mobilityId: string) =>
    [...certificatesKeys.org(orgId), 'mobility', mobilityId] as const,
  /** The certificates of one course, as its trainers see them. */
  courses: () => [...certificatesKeys.all, 'course'] as const,
  course: (courseId: string, page: number) => [...certificatesKeys.courses(), courseId, { page }] as const,
};
