import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@campus/contracts';

const MESSAGE = 'Remove the NUL character (\\u0000): text cannot hold it.';

/**
 * PostgreSQL text and jsonb cannot hold U+0000, so a NUL byte anywhere in a body, query or path
 * parameter would reach the database as an error (22021 / 22P05). It is refused here, for every
 * route at once, as 400 VALIDATION_FAILED naming the field. The walk is iterative, so a deeply
 * nested body cannot overflow the stack.
 */
@Injectable()
export class NoNulBytesPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const root = metadata.type === 'body' ? [] : metadata.data ? [metadata.data] : [];
    const field = pathOfNul(value, root);
    if (field !== null)
      throw new DomainError('VALIDATION_FAILED', `Invalid input: ${field || '(body)'}: ${MESSAGE}`, {
        errors: [{ field: field || '(body)', message: MESSAGE }],
      });
    return value;
  }
}

/** The dotted path of the first string (or key) holding U+0000, or null when there is none. */
export function pathOfNul(value: unknown, root: string[] = []): string | null {
  const stack: [unknown, string[]][] = [[value, root]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path.join('.');
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, [...path, String(i)]]));
    } else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, item] of Object.entries(v)) {
        if (k.includes('\u0000')) return [...path, k.split('\u0000').join('\\u0000')].join('.');
        stack.push([item, [...path, k]]);
      }
    }
  }
  return null;
}
