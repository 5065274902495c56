import type { Locale } from '@campus/contracts';

/** Query keys of the assessment-frameworks feature. */
export const frameworkKeys = {
  all: ['frameworks'] as const,
  published: (locale?: Locale) => [...frameworkKeys.all, 'published', locale ?? null] as const,
  version: (versionId: string, locale?: Locale) =>
    [...frameworkKeys.all, 'version', versionId, locale ?? null] as const,
  adminList: () => [...frameworkKeys.all, 'admin'] as const,
  admin: (id: string) => [...frameworkKeys.all, 'admin', id] as const,
};
