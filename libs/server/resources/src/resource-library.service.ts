import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  notFound,
  type Page,
  type ResourceDetailView,
  type ResourceSearchQuery,
  type ResourceSummaryView,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { canChange, canEdit } from './resource-access';
import { ResourceFiles } from './resource-files';
import { prefixQuery } from './resource-rules';
import { loadResource, toHistoryEntry, toVersionView, versionsOf } from './resource-rows';

/** What the public reads: published, current versions of resources not withdrawn. */
@Injectable()
export class ResourceLibraryService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly files: ResourceFiles,
  ) {}

  /**
   * Word-prefix search over the `search` tsvector (title, summary, body) with filters; ranked by
   * relevance, then newest first. Every condition is on the partial indexes of published versions,
   * so a draft or a submission never shows, and a new draft changes nothing here until published.
   */
  async search(q: ResourceSearchQuery): Promise<Page<ResourceSummaryView>> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Withdrawn resources are few: an anti-join on their index keeps counts off the resources table.
    const where = [
      `v.status = 'published'`,
      `NOT EXISTS (SELECT 1 FROM resources w WHERE w.id = v.resource_id AND w.withdrawn_at IS NOT NULL)`,
    ];
    const text = prefixQuery(q.q);
    const tsquery = text ? `to_tsquery('simple', ${param(text)})` : null;
    if (tsquery) where.push(`v.search @@ ${tsquery}`);
    if (q.locale) where.push(`v.locale = ${param(q.locale)}`);
    if (q.topic) where.push(`v.topics @> ARRAY[${param(q.topic)}]::text[]`);
    if (q.audience) where.push(`v.audiences @> ARRAY[${param(q.audience)}]::text[]`);
    if (q.kind) where.push(`v.resource_id IN (SELECT k.id FROM resources k WHERE k.kind = ${param(q.kind)})`);
    const from = `FROM resource_versions v WHERE ${where.join(' AND ')}`;
    const order = `${tsquery ? `ts_rank(v.search, ${tsquery}) DESC, ` : ''}v.published_at DESC, v.id`;
    const filterParams = [...params];
    const [rows, [{ total }]] = await Promise.all([
      this.ds.query<(Omit<ResourceSummaryView, 'publishedAt'> & { publishedAt: Date })[]>(
        `SELECT r.id, r.kind, v.version, v.title, v.summary, v.locale, v.topics, v.audiences, v.licence,
                v.published_at AS "publishedAt",
                json_build_object('id', o.id, 'name', o.name, 'country', o.country) AS organisation
           FROM (SELECT v.id ${from} ORDER BY ${order}
                  LIMIT ${param(q.pageSize)} OFFSET ${param((q.page - 1) * q.pageSize)}) page
           JOIN resource_versions v ON v.id = page.id
           JOIN resources r ON r.id = v.resource_id
           JOIN organisations o ON o.id = r.organisation_id
          ORDER BY ${order}`,
        params,
      ),
      this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, filterParams),
    ]);
    return {
      items: rows.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt).toISOString() })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /**
   * A resource with its current version and history. The public sees a published resource that is
   * not withdrawn, and only its published and superseded versions; its authors and platform admins
   * see every version, the one in progress and the reviewers' notes.
   */
  async detail(actor: Actor | null, id: string): Promise<ResourceDetailView> {
    const r = await loadResource(this.ds.manager, id);
    const editor = canEdit(actor, r);
    const versions = await versionsOf(this.ds.manager, id);
    const current = versions.find((v) => v.status === 'published') ?? null;
    if (!editor && (r.withdrawnAt || !current)) throw notFound('Resource');
    const newest = versions[0];
    const pending =
      editor && newest && ['draft', 'submitted', 'rejected'].includes(newest.status) ? newest : null;
    const files = await this.files.refs([current?.fileId ?? null, pending?.fileId ?? null]);
    const file = (fileId: string | null) => (fileId && files.get(fileId)) || null;
    return {
      id: r.id,
      kind: r.kind,
      organisation: r.organisation,
      createdAt: new Date(r.createdAt).toISOString(),
      withdrawnAt: r.withdrawnAt ? new Date(r.withdrawnAt).toISOString() : null,
      current: current && toVersionView(current, file(current.fileId), editor),
      pending: pending && toVersionView(pending, file(pending.fileId), true),
      history: versions
        .filter((v) => editor || v.status === 'published' || v.status === 'superseded')
        .map((v) => toHistoryEntry(v, editor)),
      canEdit: canChange(actor, r) && !r.withdrawnAt,
    };
  }
}
