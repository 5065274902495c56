import type { CatalogueQuery } from '@campus/contracts';

/**
 * Query keys of the courses feature. What the catalogue shows depends on who asks (organisation-only
 * courses), so its keys carry the viewer's id.
 */
export const coursesKeys = {
  all: ['courses'] as const,
  catalogue: (query: Partial<CatalogueQuery>, viewer: string | null) =>
    [...coursesKeys.all, 'catalogue', viewer, query] as const,
  course: (slug: string, viewer: string | null) => [...coursesKeys.all, 'course', viewer, slug] as const,
  enrolment: (courseId: string) => [...coursesKeys.all, 'enrolment', courseId] as const,
  learn: (courseId: string) => [...coursesKeys.all, 'learn', courseId] as const,
  myEnrolments: () => [...coursesKeys.all, 'my-enrolments'] as const,
};
