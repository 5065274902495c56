import { QueryFailedError } from 'typeorm';
import type { ErrorCode } from '@campus/contracts';

/** SQLSTATE of a failed query, when the error is one. */
export function sqlState(e: unknown): string | undefined {
  if (!(e instanceof QueryFailedError)) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** What a client learns about a value the database refused: the kind of problem, never the value. */
const DATA_EXCEPTIONS: Record<string, string> = {
  '22001': 'A text is longer than allowed.',
  '22003': 'A number is out of range.',
  '22007': 'A date or time is not valid.',
  '22008': 'A date or time is out of range.',
  '22021': 'A text holds a character that cannot be stored (such as a NUL byte).',
  '22P02': 'A value has the wrong form.',
  '22P05': 'A text holds a character that cannot be stored (such as a NUL byte).',
};

/**
 * The safety net for database errors that client input can still cause where a route's own
 * checks missed it (DESIGN: no 500 for anything a client can send): data exceptions (class 22)
 * and check violations (23514) are 400, a reference to a row that does not exist is 404, a row still referenced or a duplicate
 * is 409. Routes still check first; this only keeps a missed case from being a 500.
 */
export function databaseProblem(e: unknown): { code: ErrorCode; detail: string } | undefined {
  const state = sqlState(e);
  if (!state) return undefined;
  if (state.startsWith('22'))
    return { code: 'VALIDATION_FAILED', detail: DATA_EXCEPTIONS[state] ?? 'A value cannot be stored.' };
  if (state === '23503') {
    // "update or delete on table … is still referenced" vs "insert or update … is not present".
    const stillReferenced = /^update or delete/.test((e as Error).message);
    return stillReferenced
      ? { code: 'CONFLICT', detail: 'Something still refers to it.' }
      : { code: 'NOT_FOUND', detail: 'Something the request refers to was not found.' };
  }
  if (state === '23505') return { code: 'ALREADY_EXISTS', detail: 'It already exists.' };
  if (state === '23514') return { code: 'VALIDATION_FAILED', detail: 'A value is outside what is allowed.' };
  return undefined;
}

/** SQLSTATEs of a database that is shutting down, starting up or out of connections. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * The database could not serve the request (its pool waited past its connect timeout under load,
 * or the server is down or restarting): 503 with Retry-After, as for any dependency that is down,
 * rather than a 500 that reads as a bug.
 */
export function databaseUnavailable(
  e: unknown,
): { code: ErrorCode; detail: string; retryAfter: number } | undefined {
  if (!(e instanceof Error)) return undefined;
  const code = (e as { code?: unknown }).code;
  const unavailable =
    /^timeout exceeded when trying to connect|^Connection terminated/.test(e.message) ||
    code === 'ECONNREFUSED' ||
    (typeof code === 'string' && UNAVAILABLE_STATES.has(code));
  return unavailable
    ? {
        code: 'DEPENDENCY_DOWN',
        detail: 'The database is busy or unavailable. Try again shortly.',
        retryAfter: 2,
      }
    : undefined;
}

const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()]|\([^()]*\))*\)=\((?:[^()]|\([^()]*\))*\)/g;

/**
 * An error as it may be logged (DESIGN: logs carry no tokens, signatures, password hashes or query
 * parameters). A failed query keeps its SQL text (placeholders only), SQLSTATE, table, column and
 * constraint; its parameters, the driver's `detail` ("Key (email)=(…)") and quoted values in the
 * message are left out. Other errors keep type, message and stack.
 */
export function errorForLog(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { type: typeof e, message: String(e) };
  const x = e as Error &
    Partial<Record<'code' | 'table' | 'column' | 'constraint' | 'routine' | 'query', string>>;
  const fromDatabase =
    e instanceof QueryFailedError || (typeof x.code === 'string' && /^[0-9A-Z]{5}$/.test(x.code));
  if (!fromDatabase) return { type: e.name, message: e.message, stack: e.stack };
  const message = e.message.replace(QUOTED, '[redacted]');
  // The first stack lines repeat the message: keep only the frames.
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  return {
    type: e.name,
    message,
    code: x.code,
    table: x.table,
    column: x.column,
    constraint: x.constraint,
    routine: x.routine,
    query: x.query,
    stack: [`${e.name}: ${message}`, ...frames].join('\n'),
  };
}
