import type { ResourceVersionView } from '@campus/contracts';

export const DIFF_FIELDS = [
  'title',
  'summary',
  'locale',
  'topics',
  'audiences',
  'licence',
  'body',
  'url',
  'file',
  'changeNote',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  field: DiffField;
  before: string;
  after: string;
}

/** A field as the reviewer compares it: lists joined, a file by its name. */
function shown(v: ResourceVersionView, field: DiffField): string {
  switch (field) {
    case 'topics':
    case 'audiences':
      return [...v[field]].sort().join(', ');
    case 'file':
      return v.file?.name ?? '';
    case 'url':
      return v.url ?? '';
    case 'title':
    case 'summary':
    case 'locale':
    case 'licence':
    case 'body':
    case 'changeNote':
      return v[field];
  }
}

/**
 * What a submitted version changes against the published one, field by field; against nothing
 * (a new resource) every filled field counts as changed.
 */
export function versionChanges(
  previous: ResourceVersionView | null,
  next: ResourceVersionView,
): FieldChange[] {
  return DIFF_FIELDS.flatMap((field) => {
    const before = previous ? shown(previous, field) : '';
    const after = shown(next, field);
    return before === after ? [] : [{ field, before, after }];
  });
}
