/** Query keys of the authoring feature: an organisation's course list, and one course as its authors see it. */
export const authoringKeys = {
  all: ['authoring'] as const,
  org: (orgId: string) => [...authoringKeys.all, 'org', orgId] as const,
  course: (courseId: string) => [...authoringKeys.all, 'course', courseId] as const,
};
