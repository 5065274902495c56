import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  Locale,
  notFound,
  type CreateFrameworkRequest,
  type FrameworkAdminView,
  type FrameworkContent,
  type FrameworkSummaryView,
  type PublishedFrameworkSummaryView,
  type PublishedFrameworkView,
} from '@campus/contracts';
import { AuditService } from '@campus/server-audit';
import { requirePlatformAdmin, type Actor } from '@campus/server-identity';
import {
  localizedVersion,
  publishedSummary,
  storedContent,
  versionView,
  type FrameworkVersionRow,
} from './framework-views';

interface FrameworkRow {
  id: string;
  slug: string;
  created_at: Date;
}

/** A framework with one of its live versions, as the admin's list reads them. */
interface ListRow extends FrameworkRow {
  version_id: string | null;
  version: number;
  status: 'draft' | 'published';
  content: unknown;
  updated_at: Date;
  published_at: Date | null;
}

const VERSION_COLUMNS = `id, framework_id, version, status, content, created_at, updated_at, published_at`;

/** The caller's own language when the request names none (an unknown one falls back to English). */
export function requestedLocale(actor: Actor, locale: Locale | undefined): Locale {
  if (locale) return locale;
  const own = Locale.safeParse(actor.locale);
  return own.success ? own.data : 'en';
}

/**
 * Assessment frameworks in versions. Platform admins write a framework's one draft and publish it;
 * a published version never changes (rounds point at it), publishing retires the one before, and a
 * framework with no published version is seen only in the admin. Everyone signed in reads the
 * published frameworks and any published or retired version (a round keeps its own version).
 */
@Injectable()
export class FrameworksService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<FrameworkSummaryView[]> {
    requirePlatformAdmin(actor);
    // One row per framework and live version (draft, published); a framework with neither has one
    // row of nulls. Newest version first, so the title comes from the draft when there is one.
    const rows = await this.ds.query<ListRow[]>(
      `SELECT f.id, f.slug, f.created_at,
              v.id AS version_id, v.version, v.status, v.content, v.updated_at, v.published_at
         FROM assessment_frameworks f
         LEFT JOIN assessment_framework_versions v
           ON v.framework_id = f.id AND v.status IN ('draft', 'published')
        ORDER BY f.slug, v.version DESC`,
    );
    const byFramework = new Map<string, ListRow[]>();
    for (const row of rows) byFramework.set(row.id, [...(byFramework.get(row.id) ?? []), row]);
    return [...byFramework.values()].map(([first, ...rest]) => {
      const versions = [first, ...rest].filter(
        (v): v is ListRow & { version_id: string } => v.version_id !== null,
      );
      const draft = versions.find((v) => v.status === 'draft');
      const published = versions.find((v) => v.status === 'published');
      const content = versions[0] ? storedContent(versions[0].content) : null;
      return {
        id: first.id,
        slug: first.slug,
        title: content?.title[content.sourceLocale] ?? first.slug,
        sourceLocale: content?.sourceLocale ?? 'en',
        published: published
          ? {
              versionId: published.version_id,
              version: published.version,
              publishedAt: (published.published_at ?? published.updated_at).toISOString(),
            }
          : null,
        draft: draft
          ? { versionId: draft.version_id, version: draft.version, updatedAt: draft.updated_at.toISOString() }
          : null,
        createdAt: first.created_at.toISOString(),
      };
    });
  }

  async get(actor: Actor, id: string, m: EntityManager = this.ds.manager): Promise<FrameworkAdminView> {
    requirePlatformAdmin(actor);
    const [framework] = await m.query<FrameworkRow[]>(
      `SELECT id, slug, created_at FROM assessment_frameworks WHERE id = $1`,
      [id],
    );
    if (!framework) throw notFound('Framework');
    const rows = await m.query<FrameworkVersionRow[]>(
      `SELECT ${VERSION_COLUMNS} FROM assessment_framework_versions
        WHERE framework_id = $1 ORDER BY version DESC`,
      [id],
    );
    const versions = rows.map(versionView);
    return {
      id: framework.id,
      slug: framework.slug,
      createdAt: framework.created_at.toISOString(),
      versions,
      draftVersionId: versions.find((v) => v.status === 'draft')?.id ?? null,
      publishedVersionId: versions.find((v) => v.status === 'published')?.id ?? null,
    };
  }

  /** A new framework whose version 1 is a draft: nobody outside the admin sees it until published. */
  async create(
    actor: Actor,
    request: CreateFrameworkRequest,
    ip: string | null,
  ): Promise<FrameworkAdminView> {
    requirePlatformAdmin(actor);
    return this.ds.transaction(async (m) => {
      const [created] = await m.query<{ id: string }[]>(
        `INSERT INTO assessment_frameworks (slug, created_by) VALUES ($1, $2)
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [request.slug, actor.userId],
      );
      if (!created)
        throw new DomainError('ALREADY_EXISTS', `A framework with the slug ${request.slug} exists already.`, {
          errors: [{ field: 'slug', message: 'This slug is taken.' }],
        });
      await m.query(
        `INSERT INTO assessment_framework_versions (framework_id, version, status, content, created_by)
         VALUES ($1, 1, 'draft', $2, $3)`,
        [created.id, JSON.stringify(request.content), actor.userId],
      );
      await this.audit.record(
        {
          action: 'framework.created',
          actorId: actor.userId,
          targetType: 'assessment_framework',
          targetId: created.id,
          ip,
          details: { slug: request.slug },
        },
        m,
      );
      return this.get(actor, created.id, m);
    });
  }

  /**
   * Replaces the draft's content, or, when the framework has no draft, starts draft version n+1
   * with it. Published and retired versions are never written here.
   */
  async saveDraft(actor: Actor, id: string, content: FrameworkContent): Promise<FrameworkAdminView> {
    requirePlatformAdmin(actor);
    return this.ds.transaction(async (m) => {
      await this.lockFramework(m, id);
      const [updated] = await m.query<[{ id: string }[], number]>(
        `UPDATE assessment_framework_versions SET content = $2, updated_at = now()
          WHERE framework_id = $1 AND status = 'draft' RETURNING id`,
        [id, JSON.stringify(content)],
      );
      if (updated.length === 0)
        await m.query(
          `INSERT INTO assessment_framework_versions (framework_id, version, status, content, created_by)
           SELECT $1, coalesce(max(version), 0) + 1, 'draft', $2, $3
             FROM assessment_framework_versions WHERE framework_id = $1`,
          [id, JSON.stringify(content), actor.userId],
        );
      return this.get(actor, id, m);
    });
  }

  async discardDraft(actor: Actor, id: string, ip: string | null): Promise<void> {
    requirePlatformAdmin(actor);
    await this.ds.transaction(async (m) => {
      await this.lockFramework(m, id);
      const [others] = await m.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM assessment_framework_versions
          WHERE framework_id = $1 AND status <> 'draft'`,
        [id],
      );
      // A framework always has a version to edit: its first draft is changed, never thrown away.
      if (others.n === 0)
        throw new DomainError(
          'CONFLICT',
          'This draft is the only version of the framework: edit it instead.',
        );
      const [deleted] = await m.query<[{ id: string; version: number }[], number]>(
        `DELETE FROM assessment_framework_versions WHERE framework_id = $1 AND status = 'draft'
         RETURNING id, version`,
        [id],
      );
      if (deleted.length === 0) throw new DomainError('CONFLICT', 'This framework has no draft.');
      await this.audit.record(
        {
          action: 'framework.draft_discarded',
          actorId: actor.userId,
          targetType: 'assessment_framework',
          targetId: id,
          ip,
          details: { version: deleted[0].version },
        },
        m,
      );
    });
  }

  /** The draft becomes the published version and the one published before it is retired, at once. */
  async publish(actor: Actor, id: string, ip: string | null): Promise<FrameworkAdminView> {
    requirePlatformAdmin(actor);
    return this.ds.transaction(async (m) => {
      await this.lockFramework(m, id);
      const [draft] = await m.query<{ id: string; version: number; content: unknown }[]>(
        `SELECT id, version, content FROM assessment_framework_versions
          WHERE framework_id = $1 AND status = 'draft'`,
        [id],
      );
      if (!draft) throw new DomainError('CONFLICT', 'This framework has no draft to publish.');
      // Content saved before a rule of the schema tightened must not reach respondents unchecked.
      storedContent(draft.content);
      // Retire first: the one-published-per-framework index would refuse two at once.
      const [retired] = await m.query<[{ id: string; version: number }[], number]>(
        `UPDATE assessment_framework_versions SET status = 'retired', updated_at = now()
          WHERE framework_id = $1 AND status = 'published' RETURNING id, version`,
        [id],
      );
      await m.query(
        `UPDATE assessment_framework_versions
            SET status = 'published', published_at = now(), published_by = $2, updated_at = now()
          WHERE id = $1`,
        [draft.id, actor.userId],
      );
      await this.audit.record(
        {
          action: 'framework.published',
          actorId: actor.userId,
          targetType: 'assessment_framework',
          targetId: id,
          ip,
          details: {
            versionId: draft.id,
            version: draft.version,
            retiredVersion: retired[0]?.version ?? null,
          },
        },
        m,
      );
      return this.get(actor, id, m);
    });
  }

  /** Every framework with a published version, in the asked language. */
  async listPublished(actor: Actor, locale?: Locale): Promise<PublishedFrameworkSummaryView[]> {
    const lang = requestedLocale(actor, locale);
    const rows = await this.ds.query<(FrameworkVersionRow & { slug: string })[]>(
      `SELECT v.id, v.framework_id, v.version, v.status, v.content, f.slug
         FROM assessment_framework_versions v
         JOIN assessment_frameworks f ON f.id = v.framework_id
        WHERE v.status = 'published'
        ORDER BY f.slug`,
    );
    return rows.map((r) => publishedSummary(localizedVersion({ id: r.framework_id, slug: r.slug }, r, lang)));
  }

  /** A published or retired version; a draft answers 404 like a missing one. */
  async publishedVersion(actor: Actor, versionId: string, locale?: Locale): Promise<PublishedFrameworkView> {
    const [row] = await this.ds.query<(FrameworkVersionRow & { slug: string })[]>(
      `SELECT v.id, v.framework_id, v.version, v.status, v.content, f.slug
         FROM assessment_framework_versions v
         JOIN assessment_frameworks f ON f.id = v.framework_id
        WHERE v.id = $1 AND v.status IN ('published', 'retired')`,
      [versionId],
    );
    if (!row) throw notFound('Framework version');
    return localizedVersion({ id: row.framework_id, slug: row.slug }, row, requestedLocale(actor, locale));
  }

  private async lockFramework(m: EntityManager, id: string): Promise<void> {
    const [row] = await m.query<{ id: string }[]>(
      `SELECT id FROM assessment_frameworks WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw notFound('Framework');
  }
}
