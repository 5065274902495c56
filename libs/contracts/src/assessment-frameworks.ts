import { z } from 'zod';
import { LOCALES, Locale } from './common';
import { FrameworkContent, type FrameworkVersionStatus, type Translations } from './self-assessment';

/**
 * Requests and views of assessment frameworks (platform admins author them; issue 11). The content
 * schema and the shared vocabulary live in ./self-assessment.
 */

export const FrameworkSlug = z
  .string()
  .trim()
  .min(1, { message: 'Enter a slug.' })
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single hyphens.' });

/** A new framework: its slug (never changes) and the content of its first draft. */
export const CreateFrameworkRequest = z.object({ slug: FrameworkSlug, content: FrameworkContent });
export type CreateFrameworkRequest = z.infer<typeof CreateFrameworkRequest>;

/** The whole content of the draft (replaces it; creates draft version n+1 when there is none). */
export const SaveFrameworkDraftRequest = z.object({ content: FrameworkContent });
export type SaveFrameworkDraftRequest = z.infer<typeof SaveFrameworkDraftRequest>;

/** `?locale=`: the language of the texts; the caller's own language when left out. */
export const FrameworkLocaleQuery = z.object({ locale: Locale.optional() });
export type FrameworkLocaleQuery = z.infer<typeof FrameworkLocaleQuery>;

/** How many of a version's texts each language has (the source language has them all). */
export interface TranslationCompleteness {
  /** Texts written in the source language: title, description, area titles and descriptions, statements. */
  total: number;
  byLocale: { locale: Locale; translated: number }[];
}

/** Every text of the content that the source language has, with where it sits. */
export function frameworkTexts(content: FrameworkContent): { path: string; text: Translations }[] {
  const out: { path: string; text: Translations }[] = [];
  const add = (path: string, text: Translations | undefined) => {
    if (text?.[content.sourceLocale]) out.push({ path, text });
  };
  add('title', content.title);
  add('description', content.description);
  content.areas.forEach((area, a) => {
    add(`areas.${a}.title`, area.title);
    add(`areas.${a}.description`, area.description);
    area.statements.forEach((s, i) => add(`areas.${a}.statements.${i}.text`, s.text));
  });
  return out;
}

export function translationCompleteness(content: FrameworkContent): TranslationCompleteness {
  const texts = frameworkTexts(content);
  return {
    total: texts.length,
    byLocale: LOCALES.map((locale) => ({
      locale,
      translated: texts.filter((t) => Boolean(t.text[locale]?.trim())).length,
    })),
  };
}

export interface FrameworkVersionView {
  id: string;
  version: number;
  status: FrameworkVersionStatus;
  content: FrameworkContent;
  completeness: TranslationCompleteness;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A row of the admin's list; the title in the source language of the newest version. */
export interface FrameworkSummaryView {
  id: string;
  slug: string;
  title: string;
  sourceLocale: Locale;
  /** The version rounds are opened on now; null while the framework is invisible outside the admin. */
  published: { versionId: string; version: number; publishedAt: string } | null;
  draft: { versionId: string; version: number; updatedAt: string } | null;
  createdAt: string;
}

/** The admin's view of one framework: every version, newest first. */
export interface FrameworkAdminView {
  id: string;
  slug: string;
  createdAt: string;
  versions: FrameworkVersionView[];
  /** Shortcuts into `versions`. */
  draftVersionId: string | null;
  publishedVersionId: string | null;
}

/** A published framework as anyone signed in lists them (texts in the asked language). */
export interface PublishedFrameworkSummaryView {
  id: string;
  slug: string;
  versionId: string;
  version: number;
  title: string;
  areas: { key: string; title: string }[];
}

/** A published or retired version's content with its texts in one language (source as fallback). */
export interface PublishedFrameworkView {
  id: string;
  slug: string;
  versionId: string;
  version: number;
  status: Exclude<FrameworkVersionStatus, 'draft'>;
  locale: Locale;
  sourceLocale: Locale;
  title: string;
  description: string;
  areas: {
    key: string;
    title: string;
    description: string;
    topic: string;
    statements: { key: string; text: string }[];
  }[];
}
