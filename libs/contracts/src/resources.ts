import { z } from 'zod';

/**
 * The International Office resource library (issue 11): documents, templates, tutorials and links
 * contributed by trainers and managers, published after review by a platform admin, in versions.
 */

/** Persisted: never rename one. */
export const RESOURCE_KINDS = ['document', 'template', 'tutorial', 'link'] as const;
export const ResourceKind = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const RESOURCE_VERSION_STATUSES = [
  'draft',
  'submitted',
  'published',
  'rejected',
  'superseded',
] as const;
export const ResourceVersionStatus = z.enum(RESOURCE_VERSION_STATUSES);
export type ResourceVersionStatus = z.infer<typeof ResourceVersionStatus>;

/** Who a resource is written for. */
export const RESOURCE_AUDIENCES = [
  'international_coordinators',
  'school_leaders',
  'teachers',
  'administrative_staff',
  'learners',
  'company_trainers',
] as const;
export const ResourceAudience = z.enum(RESOURCE_AUDIENCES);
export type ResourceAudience = z.infer<typeof ResourceAudience>;

/** Licences a contributor may choose; 'all-rights-reserved' keeps the author's rights. */
export const RESOURCE_LICENCES = [
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC0-1.0',
  'all-rights-reserved',
] as const;
export const ResourceLicence = z.enum(RESOURCE_LICENCES);
export type ResourceLicence = z.infer<typeof ResourceLicence>;
