import { EntityManager } from 'typeorm';
import {
  notFound,
  type FileRef,
  type Locale,
  type ResourceAudience,
  type ResourceHistoryEntry,
  type ResourceKind,
  type ResourceLicence,
  type ResourceOrganisationView,
  type ResourceVersionStatus,
  type ResourceVersionView,
} from '@campus/contracts';

/** A `resources` row with its author organisation. */
export interface ResourceRow {
  id: string;
  organisationId: string;
  kind: ResourceKind;
  createdBy: string | null;
  createdAt: Date;
  withdrawnAt: Date | null;
  organisation: ResourceOrganisationView;
}

export interface VersionRow {
  id: string;
  resourceId: string;
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
  fileId: string | null;
  changeNote: string;
  reviewNote: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  publishedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const VERSION_COLUMNS = `v.id, v.resource_id AS "resourceId", v.version, v.status, v.title, v.summary,
  v.locale, v.topics, v.audiences, v.licence, v.body, v.url, v.file_id AS "fileId",
  v.change_note AS "changeNote", v.review_note AS "reviewNote", v.submitted_at AS "submittedAt",
  v.reviewed_at AS "reviewedAt", v.published_at AS "publishedAt", v.created_by AS "createdBy",
  v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;

export const RESOURCE_COLUMNS = `r.id, r.organisation_id AS "organisationId", r.kind, r.created_by AS "createdBy",
  r.created_at AS "createdAt", r.withdrawn_at AS "withdrawnAt",
  json_build_object('id', o.id, 'name', o.name, 'country', o.country) AS organisation`;

/** The resource, locked against concurrent changes when `lock` (edits, submissions, reviews). */
export async function loadResource(m: EntityManager, id: string, lock = false): Promise<ResourceRow> {
  const [row] = await m.query<ResourceRow[]>(
    `SELECT ${RESOURCE_COLUMNS} FROM resources r JOIN organisations o ON o.id = r.organisation_id
      WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
    [id],
  );
  if (!row) throw notFound('Resource');
  return row;
}

/** Every version of a resource, newest first. */
export function versionsOf(m: EntityManager, resourceId: string): Promise<VersionRow[]> {
  return m.query<VersionRow[]>(
    `SELECT ${VERSION_COLUMNS} FROM resource_versions v WHERE v.resource_id = $1 ORDER BY v.version DESC`,
    [resourceId],
  );
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** `withReviewNote`: only authors and admins read what the reviewer wrote. */
export function toVersionView(
  v: VersionRow,
  file: FileRef | null,
  withReviewNote: boolean,
): ResourceVersionView {
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    title: v.title,
    summary: v.summary,
    locale: v.locale,
    topics: v.topics,
    audiences: v.audiences,
    licence: v.licence,
    body: v.body,
    url: v.url,
    file,
    changeNote: v.changeNote,
    reviewNote: withReviewNote ? v.reviewNote : null,
    submittedAt: iso(v.submittedAt),
    reviewedAt: iso(v.reviewedAt),
    publishedAt: iso(v.publishedAt),
    createdAt: iso(v.createdAt)!,
    updatedAt: iso(v.updatedAt)!,
  };
}

export function toHistoryEntry(v: VersionRow, withReviewNote: boolean): ResourceHistoryEntry {
  return {
    versionId: v.id,
    version: v.version,
    status: v.status,
    changeNote: v.changeNote,
    date: iso(v.publishedAt ?? v.updatedAt)!,
    reviewNote: withReviewNote ? v.reviewNote : null,
  };
}
