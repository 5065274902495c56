import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  DomainError,
  type CreateResourceRequest,
  type MyResourceView,
  type Page,
  type PageQuery,
  type ResourceDetailView,
  type ResourceVersionFields,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import { requireOrgRole, type Actor } from '@campus/server-identity';
import { requireEditor, requireKindFields, requireNotWithdrawn } from './resource-access';
import { ResourceFiles } from './resource-files';
import { ResourceLibraryService } from './resource-library.service';
import { loadResource, versionsOf, type ResourceRow } from './resource-rows';

type Fields = z.output<typeof ResourceVersionFields>;
type NewResource = z.output<typeof CreateResourceRequest>;

/**
 * Trainers and managers contribute: a resource starts as a draft version 1; its authors edit the
 * draft, submit it for review and may take the submission back. Once a version is published, the
 * next edit opens a new draft version while the published one stays what everyone sees. At most
 * one draft or submitted version exists per resource (a unique index holds it too).
 */
@Injectable()
export class ResourceContributionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly files: ResourceFiles,
    private readonly library: ResourceLibraryService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, req: NewResource): Promise<ResourceDetailView> {
    requireOrgRole(actor, req.organisationId, ['trainer', 'manager']);
    requireKindFields(req, req);
    const id = await this.ds.transaction(async (m) => {
      if (req.fileId) await this.files.requireAttachable(m, req.organisationId, req.fileId);
      const [{ id }] = await m.query<{ id: string }[]>(
        `INSERT INTO resources (organisation_id, kind, created_by) VALUES ($1, $2, $3) RETURNING id`,
        [req.organisationId, req.kind, actor.userId],
      );
      await insertVersion(m, id, 1, req, actor.userId);
      await this.audit.record(
        {
          action: 'resource.created',
          actorId: actor.userId,
          organisationId: req.organisationId,
          targetType: 'resource',
          targetId: id,
          details: { kind: req.kind, title: req.title },
        },
        m,
      );
      return id;
    });
    return this.library.detail(actor, id);
  }

  /**
   * Saves the draft; when the resource has none (only published, superseded or rejected
   * versions), the save opens the next version as a new draft. A submitted version waits for its
   * review: take the submission back first.
   */
  async saveDraft(actor: Actor, resourceId: string, fields: Fields): Promise<ResourceDetailView> {
    await this.ds.transaction(async (m) => {
      const r = await this.editable(m, actor, resourceId);
      requireKindFields(r, fields);
      if (fields.fileId) await this.files.requireAttachable(m, r.organisationId, fields.fileId);
      const versions = await versionsOf(m, r.id);
      const open = versions.find((v) => v.status === 'draft' || v.status === 'submitted');
      if (open?.status === 'submitted')
        throw new DomainError(
          'CONFLICT',
          'This version waits for review: withdraw the submission to edit it.',
        );
      const version = open?.version ?? (versions[0]?.version ?? 0) + 1;
      if (open) {
        await m.query(
          `UPDATE resource_versions SET title = $2, summary = $3, locale = $4, topics = $5, audiences = $6,
             licence = $7, body = $8, url = $9, file_id = $10, change_note = $11, updated_at = now()
           WHERE id = $1`,
          [open.id, ...versionValues(fields)],
        );
      } else {
        await insertVersion(m, r.id, version, fields, actor.userId);
      }
      // Who wrote what a reviewer publishes: a colleague or an admin may save someone's draft.
      await this.audit.record(
        {
          action: 'resource.draft_saved',
          actorId: actor.userId,
          organisationId: r.organisationId,
          targetType: 'resource',
          targetId: r.id,
          details: { version, newVersion: !open },
        },
        m,
      );
    });
    return this.library.detail(actor, resourceId);
  }

  async submit(actor: Actor, resourceId: string): Promise<ResourceDetailView> {
    await this.ds.transaction(async (m) => {
      const r = await this.editable(m, actor, resourceId);
      const [draft] = await updated<{ id: string; version: number }>(
        m,
        `UPDATE resource_versions SET status = 'submitted', submitted_at = now(), review_note = NULL, updated_at = now()
          WHERE resource_id = $1 AND status = 'draft' RETURNING id, version`,
        [r.id],
      );
      if (!draft) throw new DomainError('CONFLICT', 'There is no draft to submit.');
      await this.audit.record(
        {
          action: 'resource.submitted',
          actorId: actor.userId,
          organisationId: r.organisationId,
          targetType: 'resource_version',
          targetId: draft.id,
          details: { resourceId: r.id, version: draft.version },
        },
        m,
      );
    });
    return this.library.detail(actor, resourceId);
  }

  /** Back to a draft the authors can edit again; the reviewers' queue no longer holds it. */
  async withdrawSubmission(actor: Actor, resourceId: string): Promise<ResourceDetailView> {
    await this.ds.transaction(async (m) => {
      const r = await this.editable(m, actor, resourceId);
      const rows = await updated<{ id: string }>(
        m,
        `UPDATE resource_versions SET status = 'draft', submitted_at = NULL, updated_at = now()
          WHERE resource_id = $1 AND status = 'submitted' RETURNING id`,
        [r.id],
      );
      if (rows.length === 0)
        throw new DomainError('CONFLICT', 'No version of this resource waits for review.');
    });
    return this.library.detail(actor, resourceId);
  }

  /**
   * The caller's contributions: what they created, and as a manager everything of their
   * organisation; each with its published version and its newest version's status and review note.
   */
  async mine(actor: Actor, query: PageQuery): Promise<Page<MyResourceView>> {
    const managed = [...actor.memberships].filter(([, role]) => role === 'manager').map(([org]) => org);
    const rows = await this.ds.query<(MyResourceView & { total: string; withdrawnAt: Date | null })[]>(
      `SELECT r.id, r.kind, r.withdrawn_at AS "withdrawnAt",
              json_build_object('id', o.id, 'name', o.name, 'country', o.country) AS organisation,
              CASE WHEN p.version IS NULL THEN NULL
                   ELSE json_build_object('version', p.version, 'title', p.title) END AS published,
              json_build_object('versionId', l.id, 'version', l.version, 'status', l.status, 'title', l.title,
                                'reviewNote', l.review_note, 'updatedAt', l.updated_at) AS latest,
              count(*) OVER () AS total
         FROM resources r
         JOIN organisations o ON o.id = r.organisation_id
         JOIN LATERAL (SELECT * FROM resource_versions x WHERE x.resource_id = r.id
                        ORDER BY x.version DESC LIMIT 1) l ON true
         LEFT JOIN resource_versions p ON p.resource_id = r.id AND p.status = 'published'
        WHERE r.created_by = $1 OR r.organisation_id = ANY($2::uuid[])
        ORDER BY l.updated_at DESC, r.id
        LIMIT $3 OFFSET $4`,
      [actor.userId, managed, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      items: rows.map(({ total: _t, withdrawnAt, latest, ...r }) => ({
        ...r,
        withdrawnAt: withdrawnAt ? new Date(withdrawnAt).toISOString() : null,
        latest: { ...latest, updatedAt: new Date(latest.updatedAt).toISOString() },
      })),
      total: rows.length ? Number(rows[0].total) : 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async editable(m: EntityManager, actor: Actor, resourceId: string): Promise<ResourceRow> {
    const r = await loadResource(m, resourceId, true);
    requireEditor(actor, r);
    requireNotWithdrawn(r);
    return r;
  }
}

function versionValues(f: Fields): unknown[] {
  return [
    f.title,
    f.summary,
    f.locale,
    f.topics,
    f.audiences,
    f.licence,
    f.body,
    f.url,
    f.fileId,
    f.changeNote,
  ];
}

async function insertVersion(
  m: EntityManager,
  resourceId: string,
  version: number,
  f: Fields,
  userId: string,
): Promise<void> {
  await m.query(
    `INSERT INTO resource_versions (resource_id, version, status, title, summary, locale, topics, audiences,
       licence, body, url, file_id, change_note, created_by)
     VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [resourceId, version, ...versionValues(f), userId],
  );
}

/** The rows an UPDATE … RETURNING wrote (TypeORM answers `[rows, count]` for UPDATE statements). */
async function updated<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = await m.query<[T[], number]>(sql, params);
  return rows;
}
