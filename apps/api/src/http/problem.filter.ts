import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { DomainError, ErrorStatus, type ErrorCode, type FieldError, type Problem } from '@campus/contracts';
import { databaseProblem, databaseUnavailable, errorForLog } from './database-errors';
import { serveSpaFallback } from './spa-fallback';

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Fastify's own errors (body parsing, limits) that clients cause. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
};

/**
 * Every error leaves the api as RFC 9457 problem+json with a stable `code` and the request id.
 * Domain errors carry their code; database errors a client's input caused are 4xx (see
 * `databaseProblem`); anything unexpected is a 500 and is logged with its stack. Logged errors go
 * through `errorForLog`: no query parameters, no driver detail, no quoted values.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (serveSpaFallback(exception, req, reply)) return;

    const { code, detail, errors, retryAfter, attemptId, organisationName } = this.classify(exception);
    const status = ErrorStatus[code];
    if (status >= 500 && code !== 'DEPENDENCY_DOWN') {
      this.log.error({ err: errorForLog(exception), requestId: req.id }, 'unhandled error');
    } else if (databaseProblem(exception)) {
      // A route let input through that the database refused: a 4xx, but worth a validation rule.
      this.log.warn({ err: errorForLog(exception), requestId: req.id }, 'database refused client input');
    } else if (databaseUnavailable(exception)) {
      this.log.warn({ err: errorForLog(exception), requestId: req.id }, 'database unavailable');
    }
    const problem: Problem = {
      type: `https://campus.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail,
      code,
      ...(errors?.length ? { errors } : {}),
      requestId: String(req.id),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
      ...(attemptId ? { attemptId } : {}),
      ...(organisationName ? { organisationName } : {}),
    };
    if (retryAfter !== undefined) void reply.header('Retry-After', String(retryAfter));
    void reply.status(status).header('Content-Type', 'application/problem+json; charset=utf-8').send(problem);
  }

  private classify(e: unknown): {
    code: ErrorCode;
    detail: string;
    errors?: FieldError[];
    retryAfter?: number;
    attemptId?: string;
    organisationName?: string;
  } {
    if (e instanceof DomainError) return { code: e.code, detail: e.message, ...e.details };
    if (e instanceof ZodValidationException) {
      const errors = zodFieldErrors(e.getZodError());
      return {
        code: 'VALIDATION_FAILED',
        detail: `Invalid input: ${errors.map((x) => `${x.field}: ${x.message}`).join('; ')}`,
        errors,
      };
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      if (status === 404) return { code: 'NOT_FOUND', detail: 'No such resource.' };
      if (status === 413) return { code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is too large.' };
      if (status === 415)
        return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send JSON (Content-Type: application/json).' };
      if (status === 429)
        return { code: 'RATE_LIMITED', detail: 'Too many requests. Wait a moment.', retryAfter: 60 };
      if (status === 400) return { code: 'MALFORMED_BODY', detail: e.message };
      if (status === 401) return { code: 'UNAUTHENTICATED', detail: e.message };
      if (status === 403) return { code: 'FORBIDDEN', detail: e.message };
      if (status < 500) return { code: 'CONFLICT', detail: e.message };
    }
    const fastifyCode = (e as { code?: string })?.code;
    if (fastifyCode && FASTIFY_CODES[fastifyCode])
      return { code: FASTIFY_CODES[fastifyCode], detail: (e as Error).message };
    if (e instanceof SyntaxError || (e as { statusCode?: number })?.statusCode === 400) {
      return {
        code: 'MALFORMED_BODY',
        detail: `The request body could not be read: ${(e as Error).message}`,
      };
    }
    if ((e as { statusCode?: number })?.statusCode === 413)
      return { code: 'PAYLOAD_TOO_LARGE', detail: 'The request body is too large.' };
    const fromDatabase = databaseProblem(e) ?? databaseUnavailable(e);
    if (fromDatabase) return fromDatabase;
    return { code: 'INTERNAL', detail: 'Something went wrong on our side. It has been logged.' };
  }
}

/**
 * Fastify answers a few malformed requests itself, before Nest routes them (bad percent-encoding in
 * the path, a path parameter over its length limit): the same problem+json, 400, as any bad input.
 */
export function sendFrameworkProblem(
  error: { code?: string },
  req: { id: unknown },
  reply: Pick<FastifyReply, 'status' | 'header' | 'send'>,
): void {
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A part of the URL is too long.'
      : 'The URL could not be read (it holds invalid percent-encoding).';
  const problem: Problem = {
    type: 'https://campus.dev/problems/validation-failed',
    title: TITLES[400]!,
    status: 400,
    detail,
    code: 'VALIDATION_FAILED',
    requestId: String(req.id),
  };
  void reply
    .status(400)
    .header('X-Request-Id', String(req.id))
    .header('Content-Type', 'application/problem+json; charset=utf-8')
    .send(problem);
}

export function zodFieldErrors(err: unknown): FieldError[] {
  if (!(err instanceof ZodError)) return [{ field: '(body)', message: 'Invalid input.' }];
  return err.issues.map((i) => ({ field: i.path.length ? i.path.join('.') : '(body)', message: i.message }));
}
