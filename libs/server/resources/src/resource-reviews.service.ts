import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  forbidden,
  notFound,
  type ResourceDetailView,
  type ResourceReviewItem,
} from '@campus/contracts';
import { AuditService, type AuditAction } from '@campus/server-audit';
import { requirePlatformAdmin, type Actor } from '@campus/server-identity';
import { requireNotWithdrawn } from './resource-access';
import { ResourceFiles } from './resource-files';
import { ResourceLibraryService } from './resource-library.service';
import {
  loadResource,
  toVersionView,
  VERSION_COLUMNS,
  type ResourceRow,
  type VersionRow,
} from './resource-rows';

type ReviewRow = VersionRow & {
  previous: VersionRow | null;
  resource: ResourceReviewItem['resource'];
  submittedBy: string | null;
};

/**
 * Platform admins review submitted versions: publish (the previous published version becomes
 * superseded in the same transaction, so a resource never has two current versions or none in
 * between) or reject with a note the authors read; and withdraw a published resource from the
 * library (out of search and lessons). Every decision is audited.
 */
@Injectable()
export class ResourceReviewsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly files: ResourceFiles,
    private readonly library: ResourceLibraryService,
    private readonly audit: AuditService,
  ) {}

  /** Submitted versions of resources still in the library, oldest submission first. */
  async queue(actor: Actor): Promise<ResourceReviewItem[]> {
    requirePlatformAdmin(actor);
    // row_to_json leaves the previous version's timestamps as strings: the view builder takes either.
    const rows = await this.ds.query<ReviewRow[]>(
      `SELECT ${VERSION_COLUMNS},
              json_build_object('id', r.id, 'kind', r.kind,
                'organisation', json_build_object('id', o.id, 'name', o.name, 'country', o.country)) AS resource,
              u.name AS "submittedBy",
              (SELECT row_to_json(p) FROM (SELECT ${VERSION_COLUMNS} FROM resource_versions v
                 WHERE v.resource_id = r.id AND v.status = 'published') p) AS previous
         FROM resource_versions v
         JOIN resources r ON r.id = v.resource_id AND r.withdrawn_at IS NULL
         JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN users u ON u.id = v.created_by
        WHERE v.status = 'submitted'
        ORDER BY v.submitted_at, v.id
        LIMIT 200`,
    );
    const files = await this.files.refs(rows.flatMap((v) => [v.fileId, v.previous?.fileId ?? null]));
    const file = (id: string | null) => (id && files.get(id)) || null;
    return rows.map(({ previous, resource, submittedBy, ...v }) => ({
      resource,
      version: toVersionView(v, file(v.fileId), true),
      previous: previous && toVersionView(previous, file(previous.fileId), true),
      submittedBy,
    }));
  }

  async publish(actor: Actor, versionId: string): Promise<ResourceDetailView> {
    const resourceId = await this.decide(actor, versionId, 'resource.published', async (m, r, v) => {
      // Review means a second pair of eyes: an admin who wrote the resource or this version
      // (admins may contribute too) leaves its publication to another admin.
      if (v.createdBy === actor.userId || r.createdBy === actor.userId)
        throw forbidden('Another platform admin reviews what you wrote: you cannot publish it yourself.');
      await m.query(
        `UPDATE resource_versions SET status = 'superseded', updated_at = now()
          WHERE resource_id = $1 AND status = 'published'`,
        [r.id],
      );
      await m.query(
        `UPDATE resource_versions SET status = 'published', published_at = now(), reviewed_at = now(),
           reviewed_by = $2, review_note = NULL, updated_at = now() WHERE id = $1`,
        [v.id, actor.userId],
      );
      return {};
    });
    return this.library.detail(actor, resourceId);
  }

  async reject(actor: Actor, versionId: string, note: string): Promise<ResourceDetailView> {
    const resourceId = await this.decide(actor, versionId, 'resource.rejected', async (m, _r, v) => {
      await m.query(
        `UPDATE resource_versions SET status = 'rejected', review_note = $3, reviewed_at = now(),
           reviewed_by = $2, updated_at = now() WHERE id = $1`,
        [v.id, actor.userId, note],
      );
      return { note };
    });
    return this.library.detail(actor, resourceId);
  }

  /** Out of search and lessons at once; its versions stay for the record. */
  async withdraw(actor: Actor, resourceId: string): Promise<ResourceDetailView> {
    requirePlatformAdmin(actor);
    await this.ds.transaction(async (m) => {
      const r = await loadResource(m, resourceId, true);
      requireNotWithdrawn(r);
      await m.query(`UPDATE resources SET withdrawn_at = now() WHERE id = $1`, [r.id]);
      await this.record(m, actor, r, 'resource.withdrawn', 'resource', r.id, {});
    });
    return this.library.detail(actor, resourceId);
  }

  /** A submitted version, its resource locked, decided once: a second decision is 409. */
  private async decide(
    actor: Actor,
    versionId: string,
    action: AuditAction,
    apply: (m: EntityManager, r: ResourceRow, v: VersionRow) => Promise<Record<string, unknown>>,
  ): Promise<string> {
    requirePlatformAdmin(actor);
    return this.ds.transaction(async (m) => {
      const [found] = await m.query<{ resourceId: string }[]>(
        `SELECT resource_id AS "resourceId" FROM resource_versions WHERE id = $1`,
        [versionId],
      );
      if (!found) throw notFound('Resource version');
      const r = await loadResource(m, found.resourceId, true);
      requireNotWithdrawn(r);
      const [v] = await m.query<VersionRow[]>(
        `SELECT ${VERSION_COLUMNS} FROM resource_versions v WHERE v.id = $1`,
        [versionId],
      );
      if (v.status !== 'submitted')
        throw new DomainError('CONFLICT', `Version ${v.version} is ${v.status}, not waiting for review.`);
      const details = await apply(m, r, v);
      await this.record(m, actor, r, action, 'resource_version', v.id, {
        resourceId: r.id,
        version: v.version,
        ...details,
      });
      return r.id;
    });
  }

  private record(
    m: EntityManager,
    actor: Actor,
    r: ResourceRow,
    action: AuditAction,
    targetType: string,
    targetId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      { action, actorId: actor.userId, organisationId: r.organisationId, targetType, targetId, details },
      m,
    );
  }
}
