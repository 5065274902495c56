import type { FrameworkArea, FrameworkContent, Locale, Translations } from '@campus/contracts';

/**
 * The editor's operations on a framework's content, free of React. Every operation returns new
 * content and leaves the input untouched, so the editor's state is always a whole FrameworkContent
 * that the same schema as the API's checks.
 */

/** Where a text sits: the framework's own title or description, an area's, or a statement's. */
export type TextPath =
  | { kind: 'title' }
  | { kind: 'description' }
  | { kind: 'areaTitle'; area: number }
  | { kind: 'areaDescription'; area: number }
  | { kind: 'statement'; area: number; statement: number };

/** The API's field name for a text (as its validation errors name it). */
export function textField(path: TextPath): string {
  switch (path.kind) {
    case 'title':
      return 'content.title';
    case 'description':
      return 'content.description';
    case 'areaTitle':
      return `content.areas.${path.area}.title`;
    case 'areaDescription':
      return `content.areas.${path.area}.description`;
    case 'statement':
      return `content.areas.${path.area}.statements.${path.statement}.text`;
  }
}

export function textAt(content: FrameworkContent, path: TextPath): Translations {
  switch (path.kind) {
    case 'title':
      return content.title;
    case 'description':
      return content.description;
    case 'areaTitle':
      return content.areas[path.area]?.title ?? {};
    case 'areaDescription':
      return content.areas[path.area]?.description ?? {};
    case 'statement':
      return content.areas[path.area]?.statements[path.statement]?.text ?? {};
  }
}

/** An emptied text is removed from the map, so it reads as missing (and falls back to the source). */
function withText(t: Translations, locale: Locale, value: string): Translations {
  const next = { ...t };
  if (value === '') delete next[locale];
  else next[locale] = value;
  return next;
}

function updateArea(
  content: FrameworkContent,
  index: number,
  change: (area: FrameworkArea) => FrameworkArea,
): FrameworkContent {
  return { ...content, areas: content.areas.map((a, i) => (i === index ? change(a) : a)) };
}

export function setText(
  content: FrameworkContent,
  path: TextPath,
  locale: Locale,
  value: string,
): FrameworkContent {
  switch (path.kind) {
    case 'title':
      return { ...content, title: withText(content.title, locale, value) };
    case 'description':
      return { ...content, description: withText(content.description, locale, value) };
    case 'areaTitle':
      return updateArea(content, path.area, (a) => ({ ...a, title: withText(a.title, locale, value) }));
    case 'areaDescription':
      return updateArea(content, path.area, (a) => ({
        ...a,
        description: withText(a.description, locale, value),
      }));
    case 'statement':
      return updateArea(content, path.area, (a) => ({
        ...a,
        statements: a.statements.map((s, i) =>
          i === path.statement ? { ...s, text: withText(s.text, locale, value) } : s,
        ),
      }));
  }
}

export function setAreaField(
  content: FrameworkContent,
  area: number,
  field: 'key' | 'topic',
  value: string,
): FrameworkContent {
  return updateArea(content, area, (a) => ({ ...a, [field]: value }));
}

export function setStatementKey(
  content: FrameworkContent,
  area: number,
  statement: number,
  key: string,
): FrameworkContent {
  return updateArea(content, area, (a) => ({
    ...a,
    statements: a.statements.map((s, i) => (i === statement ? { ...s, key } : s)),
  }));
}

/** Every key in use (areas and statements share one namespace, as the schema demands). */
function usedKeys(content: FrameworkContent): Set<string> {
  return new Set(content.areas.flatMap((a) => [a.key, ...a.statements.map((s) => s.key)]));
}

/** `${prefix}-n` with the smallest n ≥ 1 not yet used. */
export function freeKey(content: FrameworkContent, prefix: string): string {
  const used = usedKeys(content);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** A new area at the end, with one empty statement (an area needs at least one). */
export function addArea(content: FrameworkContent): FrameworkContent {
  const key = freeKey(content, 'area');
  const withArea: FrameworkContent = {
    ...content,
    areas: [...content.areas, { key, title: {}, description: {}, topic: '', statements: [] }],
  };
  return addStatement(withArea, withArea.areas.length - 1);
}

export function addStatement(content: FrameworkContent, area: number): FrameworkContent {
  const key = freeKey(content, content.areas[area].key || 'statement');
  return updateArea(content, area, (a) => ({ ...a, statements: [...a.statements, { key, text: {} }] }));
}

export function removeArea(content: FrameworkContent, area: number): FrameworkContent {
  return { ...content, areas: content.areas.filter((_, i) => i !== area) };
}

export function removeStatement(
  content: FrameworkContent,
  area: number,
  statement: number,
): FrameworkContent {
  return updateArea(content, area, (a) => ({
    ...a,
    statements: a.statements.filter((_, i) => i !== statement),
  }));
}

function moved<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

export function moveArea(content: FrameworkContent, area: number, by: -1 | 1): FrameworkContent {
  return { ...content, areas: moved(content.areas, area, by) };
}

export function moveStatement(
  content: FrameworkContent,
  area: number,
  statement: number,
  by: -1 | 1,
): FrameworkContent {
  return updateArea(content, area, (a) => ({ ...a, statements: moved(a.statements, statement, by) }));
}

/**
 * The texts a language still lacks: those the source language has and `locale` has not. The
 * source language itself lacks whatever is required and empty (titles and statements).
 */
export function missingTexts(content: FrameworkContent, locale: Locale): TextPath[] {
  const paths: TextPath[] = [{ kind: 'title' }, { kind: 'description' }];
  content.areas.forEach((area, a) => {
    paths.push({ kind: 'areaTitle', area: a }, { kind: 'areaDescription', area: a });
    area.statements.forEach((_, s) => paths.push({ kind: 'statement', area: a, statement: s }));
  });
  const optional = (p: TextPath) => p.kind === 'description' || p.kind === 'areaDescription';
  return paths.filter((p) => {
    const text = textAt(content, p);
    if (locale === content.sourceLocale) return !optional(p) && !text[locale];
    return Boolean(text[content.sourceLocale]) && !text[locale];
  });
}

/** A first draft: a title and one area with one statement, all in the source language. */
export function initialContent(
  sourceLocale: Locale,
  texts: { title: string; areaTitle: string; topic: string; statement: string },
): FrameworkContent {
  return {
    sourceLocale,
    title: { [sourceLocale]: texts.title },
    description: {},
    areas: [
      {
        key: 'area-1',
        title: { [sourceLocale]: texts.areaTitle },
        description: {},
        topic: texts.topic,
        statements: [{ key: 'area-1-1', text: { [sourceLocale]: texts.statement } }],
      },
    ],
  };
}

/** A text in `locale`, or `fallback` while it has none (e.g. a new area's key as its heading). */
export function translatedOr(text: Translations, locale: Locale, fallback: string): string {
  return text[locale] || fallback;
}
