import type { ResourceKind } from '@campus/contracts';

/** The fields of a version that depend on the resource's kind. */
export interface KindFields {
  body: string;
  url: string | null;
  fileId: string | null;
}

export interface FieldProblem {
  field: 'url' | 'fileId' | 'body';
  message: string;
}

/**
 * What each kind needs: a link its https address and no file; a document or a template its
 * uploaded file and no address; a tutorial a page (body) or a video (url), or both, and no file.
 */
export function kindProblems(kind: ResourceKind, f: KindFields): FieldProblem[] {
  switch (kind) {
    case 'link':
      return [
        ...(f.url ? [] : [{ field: 'url' as const, message: 'A link needs its https:// address.' }]),
        ...(f.fileId ? [{ field: 'fileId' as const, message: 'A link has no file: give its address.' }] : []),
      ];
    case 'document':
    case 'template':
      return [
        ...(f.fileId ? [] : [{ field: 'fileId' as const, message: `A ${kind} needs its uploaded file.` }]),
        ...(f.url ? [{ field: 'url' as const, message: `A ${kind} is a file, not a link.` }] : []),
      ];
    case 'tutorial':
      return [
        ...(f.body.trim() || f.url
          ? []
          : [{ field: 'body' as const, message: 'A tutorial needs a page (body) or a video link (url).' }]),
        ...(f.fileId
          ? [{ field: 'fileId' as const, message: 'A tutorial has no file: use a page or a video.' }]
          : []),
      ];
  }
}

/**
 * The search text as a prefix query for `to_tsquery('simple', …)`: every word (letters and digits
 * of any script, lower case) must start a word of the resource, so results appear while typing.
 * Only letters and digits reach the query, so no input can be a tsquery syntax error. Null when
 * the text holds no word.
 */
export function prefixQuery(text: string | undefined): string | null {
  const words = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 8);
  return unique.length ? unique.map((w) => `${w}:*`).join(' & ') : null;
}
