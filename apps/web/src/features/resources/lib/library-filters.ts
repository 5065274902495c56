import { LOCALES, RESOURCE_AUDIENCES, RESOURCE_KINDS, type ResourceSearchQuery } from '@campus/contracts';

/** The library's filters, kept in the URL so Back, reload and shared links keep them. */
export const LIBRARY_FILTERS = ['q', 'locale', 'topic', 'audience', 'kind'] as const;
export type LibraryFilterValues = Record<(typeof LIBRARY_FILTERS)[number], string>;

const oneOf = <T extends string>(options: readonly T[], value: string): T | undefined =>
  (options as readonly string[]).includes(value) ? (value as T) : undefined;

/** The API's query from the URL's values; a malformed value is dropped rather than sent. */
export function toSearchQuery(values: LibraryFilterValues, page: number): Partial<ResourceSearchQuery> {
  const topic = values.topic.trim().toLowerCase();
  return {
    q: values.q.trim() || undefined,
    locale: oneOf(LOCALES, values.locale),
    topic: topic || undefined,
    audience: oneOf(RESOURCE_AUDIENCES, values.audience),
    kind: oneOf(RESOURCE_KINDS, values.kind),
    page,
  };
}
