import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginResponse } from '@campus/contracts';
import type { Session } from '@campus/server-identity';

export const REFRESH_COOKIE = 'campus_refresh';
/** The cookie only travels to the auth endpoints that use it. */
const COOKIE_PATH = '/api/auth';

export function setRefreshCookie(reply: FastifyReply, session: Session, secure: boolean): LoginResponse {
  void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: COOKIE_PATH,
    expires: session.refreshExpiresAt,
  });
  return { accessToken: session.accessToken, expiresIn: session.expiresIn, user: session.user };
}

export function clearRefreshCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: COOKIE_PATH });
}

export function readRefreshCookie(req: FastifyRequest): string | undefined {
  return req.cookies?.[REFRESH_COOKIE];
}
