import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's security headers (CSP, HSTS, nosniff, frame and referrer policies…) on every response.
 * With our options they depend on nothing in the request, so helmet runs once at boot and each
 * response gets the same header set (running its middleware chain per request was a measurable
 * share of a cached catalogue page's CPU).
 */
export function addSecurityHeaders(fastify: FastifyInstance, options: HelmetOptions): void {
  const headers = securityHeaders(options);
  fastify.addHook('onRequest', (_req, reply, done) => {
    void reply.headers(headers);
    done();
  });
}

/** The headers helmet sets with these options (static values only: no per-request CSP functions). */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  };
  let outcome: { error?: unknown } | undefined;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    outcome = { error };
  });
  if (!outcome) throw new Error('helmet did not finish synchronously: its headers cannot be computed once');
  if (outcome.error)
    throw outcome.error instanceof Error ? outcome.error : new Error(JSON.stringify(outcome.error));
  return headers;
}
