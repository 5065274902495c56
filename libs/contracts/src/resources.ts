import { z } from 'zod';
import { Locale, PageQuery, type Page } from './common';
import type { FileRef } from './files';

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

/** Topics are stored in lower case, like course topics, so a filter matches whatever the casing typed. */
const Topic = z.string().trim().toLowerCase().min(1).max(60);
const HttpsUrl = z.url({ protocol: /^https$/, message: 'Use an https:// link.' }).max(2000);

/**
 * What one version says. The kind decides which of `url` and `fileId` it needs (checked by the
 * service, as the kind lives on the resource): a link its address; a document or a template an
 * uploaded file (purpose `resource-file`); a tutorial a page (body) or a video (url), or both.
 */
export const ResourceVersionFields = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(2000).default(''),
  locale: Locale,
  topics: z
    .array(Topic)
    .max(20)
    .default([])
    .transform((topics) => [...new Set(topics)]),
  audiences: z
    .array(ResourceAudience)
    .max(RESOURCE_AUDIENCES.length)
    .default([])
    .transform((audiences) => [...new Set(audiences)]),
  licence: ResourceLicence,
  /** Markdown: a tutorial's page, or notes on how to use a document or template. */
  body: z.string().max(200_000).default(''),
  url: HttpsUrl.nullable().default(null),
  fileId: z.uuid().nullable().default(null),
  /** What changed since the previous version (shown in the version history). */
  changeNote: z.string().trim().max(1000).default(''),
});
export type ResourceVersionFields = z.input<typeof ResourceVersionFields>;

/** `POST /api/resources`: a trainer or manager of `organisationId` starts a resource as version 1, a draft. */
export const CreateResourceRequest = ResourceVersionFields.extend({
  organisationId: z.uuid(),
  kind: ResourceKind,
});
export type CreateResourceRequest = z.input<typeof CreateResourceRequest>;

/** `POST /api/resources/files?organisationId=…`: a file for a document or template, before it is saved. */
export const ResourceFileQuery = z.object({ organisationId: z.uuid() });
export type ResourceFileQuery = z.infer<typeof ResourceFileQuery>;

/** `POST /api/admin/resource-reviews/{versionId}/reject`: the note the author reads. */
export const RejectResourceRequest = z.object({ note: z.string().trim().min(1).max(2000) });
export type RejectResourceRequest = z.infer<typeof RejectResourceRequest>;

/** `GET /api/resources`: published, current versions only; `q` is matched as word prefixes. */
export const ResourceSearchQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  locale: Locale.optional(),
  topic: Topic.optional(),
  audience: ResourceAudience.optional(),
  kind: ResourceKind.optional(),
});
export type ResourceSearchQuery = z.infer<typeof ResourceSearchQuery>;

export interface ResourceOrganisationView {
  id: string;
  name: string;
  country: string;
}

/** A search result: the resource's current published version. */
export interface ResourceSummaryView {
  id: string;
  kind: ResourceKind;
  version: number;
  title: string;
  summary: string;
  locale: Locale;
  topics: string[];
  audiences: ResourceAudience[];
  licence: ResourceLicence;
  organisation: ResourceOrganisationView;
  publishedAt: string;
}

/**
 * A search matching more than this many resources is ranked among its newest this-many matches
 * and says so (`totalCapped`): a broad query is narrowed with more words or filters, as a
 * catalogue of 20,000 items is browsed, and its cost stays flat however many resources match.
 */
export const LIBRARY_SEARCH_WINDOW = 200;

export interface ResourceSearchPage extends Page<ResourceSummaryView> {
  /** More resources match than `total` (LIBRARY_SEARCH_WINDOW): only the newest are ranked and paged. */
  totalCapped: boolean;
}

export interface ResourceVersionView {
  id: string;
  version: number;
  status: ResourceVersionStatus;
  title: string;
  summary: string;
  locale: Locale;
  topics: string[];
  audiences: ResourceAudience[];
  licence: ResourceLicence;
  body: string;
  url: string | null;
  /** Signed download link (see FileRef). */
  file: FileRef | null;
  changeNote: string;
  /** The reviewer's note on a rejected version: shown to its authors and admins only. */
  reviewNote: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One line of the version history. The public sees published and superseded versions only. */
export interface ResourceHistoryEntry {
  versionId: string;
  version: number;
  status: ResourceVersionStatus;
  changeNote: string;
  /** When it was published, or last changed if it never was. */
  date: string;
  reviewNote: string | null;
}

/** `GET /api/resources/{id}`. */
export interface ResourceDetailView {
  id: string;
  kind: ResourceKind;
  organisation: ResourceOrganisationView;
  createdAt: string;
  /** Withdrawn by a platform admin: out of search and lessons; only authors and admins still see it. */
  withdrawnAt: string | null;
  /** The published version everyone sees; null before the first publication. */
  current: ResourceVersionView | null;
  /** Authors and admins: the version in progress (draft, submitted, or the last rejected one). */
  pending: ResourceVersionView | null;
  history: ResourceHistoryEntry[];
  /** The caller may edit (a trainer or manager of the author organisation, or a platform admin). */
  canEdit: boolean;
}

/** `GET /api/resources/mine`: resources of the caller's contributions, newest change first. */
export interface MyResourceView {
  id: string;
  kind: ResourceKind;
  organisation: ResourceOrganisationView;
  withdrawnAt: string | null;
  /** The published version's number and title, if any. */
  published: { version: number; title: string } | null;
  /** The newest version and where it stands (its review note when rejected). */
  latest: {
    versionId: string;
    version: number;
    status: ResourceVersionStatus;
    title: string;
    reviewNote: string | null;
    updatedAt: string;
  };
}

/** `GET /api/admin/resource-reviews`: submitted versions, oldest submission first. */
export interface ResourceReviewItem {
  resource: { id: string; kind: ResourceKind; organisation: ResourceOrganisationView };
  version: ResourceVersionView;
  /** The published version it would replace, to show what changed. */
  previous: ResourceVersionView | null;
  submittedBy: string | null;
}

/** A resource lesson: the resource's current published version, or a note that it is gone. */
export type LessonResourceView =
  | {
      id: string;
      available: true;
      kind: ResourceKind;
      version: number;
      title: string;
      summary: string;
      body: string;
      url: string | null;
      file: FileRef | null;
      licence: ResourceLicence;
      locale: Locale;
      organisation: ResourceOrganisationView;
    }
  | { id: string; available: false };
