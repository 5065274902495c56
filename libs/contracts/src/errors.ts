/**
 * Stable error codes. Clients switch on `code`, so a code is never renamed once released.
 * The HTTP status of each code lives here too, so api and web agree on it.
 */
export const ErrorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_ID: 400,
  MALFORMED_BODY: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_REFRESH_TOKEN: 401,
  ACCOUNT_DISABLED: 401,
  EMAIL_NOT_VERIFIED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** A host mentor's link whose token matches no link (mistyped, cut short, never issued). */
  MENTOR_LINK_INVALID: 404,
  /** The host mentor's link was revoked (or its mobility cancelled): ask the sending school. */
  MENTOR_LINK_REVOKED: 410,
  /** The host mentor's link has expired: ask the sending school for a new one. */
  MENTOR_LINK_EXPIRED: 410,
  INVALID_TOKEN: 400,
  WRONG_PASSWORD: 400,
  REGISTRATION_CLOSED: 403,
  ALREADY_EXISTS: 409,
  ALREADY_MEMBER: 409,
  LAST_MANAGER: 409,
  INVITATION_REQUIRES_SIGN_IN: 409,
  ENROLMENT_CLOSED: 409,
  QUIZ_NOT_OPEN: 409,
  QUIZ_CLOSED: 409,
  ATTEMPT_IN_PROGRESS: 409,
  NO_ATTEMPTS_LEFT: 409,
  ATTEMPT_CLOSED: 409,
  CONFLICT: 409,
  /** The certificate has been revoked: nothing about it can be settled any more. */
  CERTIFICATE_REVOKED: 409,
  /** Keeping a certificate settles a review request; this one has none (or it was settled already). */
  NO_REVIEW_REQUESTED: 409,
  /** Too many certificates to stream in one request: request a certificate export instead. */
  EXPORT_TOO_LARGE: 409,
  /** The learning agreement changed meanwhile, or the version is not the latest: reload it. */
  AGREEMENT_OUTDATED: 409,
  /** The mobility is completed, validated or cancelled: its learning agreement is closed. */
  AGREEMENT_CLOSED: 409,
  /** The logbook takes entries and evidence while the mobility is agreed or in progress only. */
  LOGBOOK_CLOSED: 409,
  /** The host mentor confirmed this log entry: it can no longer be changed or deleted. */
  LOG_ENTRY_CONFIRMED: 409,
  /** A self-assessment round is closed: it takes no more links, invitations or closing. */
  ROUND_ALREADY_CLOSED: 409,
  /** A respondent's token matches no link of a round (mistyped, cut short, never issued). */
  ROUND_LINK_INVALID: 404,
  /** The respondent's link was withdrawn (or replaced by a newer shared link): ask the school. */
  ROUND_LINK_REVOKED: 410,
  /** The personal invitation has been answered already: it works once. */
  ROUND_LINK_USED: 410,
  /** The shared link has taken as many answers as the school allowed. */
  ROUND_LINK_FULL: 410,
  /** The round the link belongs to is closed (by the school or its closing date). */
  ROUND_LINK_CLOSED: 410,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_FILE_TYPE: 415,
  RATE_LIMITED: 429,
  SIGN_IN_SLOWED_DOWN: 429,
  DEPENDENCY_DOWN: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ErrorStatus;

export interface FieldError {
  /** Dotted path of the offending field, e.g. `password` or `rows.3.email`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error response of the API is shaped. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  requestId: string;
  /** Seconds, for 429 and 503 (also sent as the Retry-After header). */
  retryAfter?: number;
  /** ATTEMPT_IN_PROGRESS: the attempt already open. */
  attemptId?: string;
  /** MENTOR_LINK_EXPIRED, MENTOR_LINK_REVOKED: the school that sent the link, to ask for a new one. */
  organisationName?: string;
}

/**
 * Thrown by services; the api's filter maps `code` to the HTTP status above.
 * Plain class (no Nest) so domain libraries and the worker can throw it too.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      errors?: FieldError[];
      retryAfter?: number;
      attemptId?: string;
      organisationName?: string;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'Your role does not allow this.') =>
  new DomainError('FORBIDDEN', message);
