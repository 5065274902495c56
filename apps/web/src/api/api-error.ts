import type { ErrorCode, FieldError, Problem } from '@campus/contracts';

/** The request never reached the API (offline, DNS, CORS, server gone). */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export type ClientErrorCode = ErrorCode | typeof NETWORK_ERROR;

/** Every failed API call rejects with this: the problem+json body, or a stand-in for network failures. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ClientErrorCode;
  readonly status: number;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  readonly retryAfter?: number;
  readonly requestId?: string;
  /** ATTEMPT_IN_PROGRESS: the attempt already open. */
  readonly attemptId?: string;
  /** MENTOR_LINK_EXPIRED, MENTOR_LINK_REVOKED: the school that sent the link. */
  readonly organisationName?: string;

  constructor(
    problem: Omit<Partial<Problem>, 'code'> & { status: number; code: ClientErrorCode; detail: string },
  ) {
    super(problem.detail);
    this.code = problem.code;
    this.status = problem.status;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfter = problem.retryAfter;
    this.requestId = problem.requestId;
    this.attemptId = problem.attemptId;
    this.organisationName = problem.organisationName;
  }

  /** The first error message of each field, keyed by the field's dotted path. */
  fieldErrorMap(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.fieldErrors) out[e.field] ??= e.message;
    return out;
  }
}

export function isApiError(e: unknown, code?: ClientErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
