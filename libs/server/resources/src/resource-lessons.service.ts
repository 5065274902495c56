import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  type LessonResourceView,
  type ResourceKind,
  type ResourceOrganisationView,
} from '@campus/contracts';
import { ResourceFiles } from './resource-files';
import { VERSION_COLUMNS, type VersionRow } from './resource-rows';

/**
 * Resources as course lessons. A lesson names the resource, not a version: it always shows the
 * current published version, so publishing a new version updates every lesson using it, and a
 * withdrawn resource shows as no longer available.
 */
@Injectable()
export class ResourceLessonsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly files: ResourceFiles,
  ) {}

  /** The lesson view of each resource, by id (every id given gets an entry). */
  async views(resourceIds: string[]): Promise<Map<string, LessonResourceView>> {
    const ids = [...new Set(resourceIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.ds.query<
      (VersionRow & { kind: ResourceKind; organisation: ResourceOrganisationView })[]
    >(
      `SELECT ${VERSION_COLUMNS}, r.kind,
              json_build_object('id', o.id, 'name', o.name, 'country', o.country) AS organisation
         FROM resource_versions v
         JOIN resources r ON r.id = v.resource_id AND r.withdrawn_at IS NULL
         JOIN organisations o ON o.id = r.organisation_id
        WHERE v.resource_id = ANY($1::uuid[]) AND v.status = 'published'`,
      [ids],
    );
    const files = await this.files.refs(rows.map((v) => v.fileId));
    const views = new Map<string, LessonResourceView>(ids.map((id) => [id, { id, available: false }]));
    for (const v of rows)
      views.set(v.resourceId, {
        id: v.resourceId,
        available: true,
        kind: v.kind,
        version: v.version,
        title: v.title,
        summary: v.summary,
        body: v.body,
        url: v.url,
        file: (v.fileId && files.get(v.fileId)) || null,
        licence: v.licence,
        locale: v.locale,
        organisation: v.organisation,
      });
    return views;
  }

  /** A lesson may show any resource published in the library; anything else refuses `resourceId`. */
  async requireUsable(m: EntityManager, resourceId: string): Promise<void> {
    const [row] = await m.query<{ id: string }[]>(
      `SELECT r.id FROM resources r JOIN resource_versions v ON v.resource_id = r.id AND v.status = 'published'
        WHERE r.id = $1 AND r.withdrawn_at IS NULL`,
      [resourceId],
    );
    if (!row) {
      const message = 'No published library resource has this id.';
      throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'resourceId', message }] });
    }
  }
}
