import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { FrameworkContent, type Locale } from '@campus/contracts';
import { issueMessage } from '../../../forms/zod-messages';

/** A language's name in the UI language ("Finnish"), or its code where the browser knows none. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/**
 * The content's problems by the API's field names (`content.areas.0.title`), in the UI language:
 * the same schema the API checks, so a draft the editor accepts is one the API accepts.
 * Null when the content is valid.
 */
export function contentErrors(
  content: FrameworkContent,
  t: TFunction<'frameworks'>,
  tc: TFunction<'common'>,
  uiLanguage: string,
): Record<string, string> | null {
  const parsed = FrameworkContent.safeParse(content);
  if (parsed.success) return null;
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = ['content', ...issue.path.map(String)].join('.');
    errors[field] ??= message(issue, content, t, tc, uiLanguage);
  }
  return errors;
}

function message(
  issue: z.core.$ZodIssue,
  content: FrameworkContent,
  t: TFunction<'frameworks'>,
  tc: TFunction<'common'>,
  uiLanguage: string,
): string {
  const last = issue.path[issue.path.length - 1];
  // The schema's own refinements: a key used twice, or a text missing in the source language.
  if (issue.code === 'custom')
    return last === 'key'
      ? t('editor.keyTwice')
      : t('editor.sourceMissing', { language: languageName(content.sourceLocale, uiLanguage) });
  if (last === 'key' && issue.code === 'invalid_format') return t('editor.keyFormat');
  return issueMessage(issue, valueAt(content, issue.path), tc);
}

/** The languages in the order the editor offers them: the source first. */
export function editorLocales(sourceLocale: Locale, all: readonly Locale[]): Locale[] {
  return [sourceLocale, ...all.filter((l) => l !== sourceLocale)];
}
