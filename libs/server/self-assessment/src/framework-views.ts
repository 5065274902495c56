import {
  FrameworkContent,
  translated,
  translationCompleteness,
  type FrameworkVersionStatus,
  type FrameworkVersionView,
  type Locale,
  type PublishedFrameworkSummaryView,
  type PublishedFrameworkView,
} from '@campus/contracts';

/** A row of assessment_framework_versions as the service reads it. */
export interface FrameworkVersionRow {
  id: string;
  framework_id: string;
  version: number;
  status: FrameworkVersionStatus;
  content: unknown;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
}

/**
 * Stored content read back through the schema, so defaults (empty descriptions) are filled in and
 * a view never carries a shape the contracts do not describe.
 */
export function storedContent(content: unknown): FrameworkContent {
  return FrameworkContent.parse(content);
}

export function versionView(row: FrameworkVersionRow): FrameworkVersionView {
  const content = storedContent(row.content);
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    content,
    completeness: translationCompleteness(content),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
  };
}

/** A version's texts in `locale`, each falling back to the source language where it is missing. */
export function localizedVersion(
  framework: { id: string; slug: string },
  row: Pick<FrameworkVersionRow, 'id' | 'version' | 'status' | 'content'>,
  locale: Locale,
): PublishedFrameworkView {
  const c = storedContent(row.content);
  const t = (text: Parameters<typeof translated>[0]) => translated(text, locale, c.sourceLocale);
  return {
    id: framework.id,
    slug: framework.slug,
    versionId: row.id,
    version: row.version,
    status: row.status === 'retired' ? 'retired' : 'published',
    locale,
    sourceLocale: c.sourceLocale,
    title: t(c.title),
    description: t(c.description),
    areas: c.areas.map((a) => ({
      key: a.key,
      title: t(a.title),
      description: t(a.description),
      topic: a.topic,
      statements: a.statements.map((s) => ({ key: s.key, text: t(s.text) })),
    })),
  };
}

export function publishedSummary(view: PublishedFrameworkView): PublishedFrameworkSummaryView {
  return {
    id: view.id,
    slug: view.slug,
    versionId: view.versionId,
    version: view.version,
    title: view.title,
    areas: view.areas.map((a) => ({ key: a.key, title: a.title })),
  };
}
