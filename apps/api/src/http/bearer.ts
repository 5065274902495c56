import type { AccessTokens, TokenSubject } from '@campus/server-identity';

interface RequestWithHeaders {
  headers: { authorization?: string };
}

/** The Bearer token of a request, if it sends one. */
export function bearerToken(req: RequestWithHeaders): string | undefined {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  return token || undefined;
}

const verified = new WeakMap<object, Promise<TokenSubject>>();

/**
 * The request's access token, verified once per request: the per-person rate limit and the auth
 * guard both need it, and they run one after the other on every signed-in request. Rejects with
 * UNAUTHENTICATED like `AccessTokens.verify`.
 */
export function verifiedSubject(
  req: RequestWithHeaders,
  token: string,
  tokens: AccessTokens,
): Promise<TokenSubject> {
  let subject = verified.get(req);
  if (!subject) {
    subject = tokens.verify(token);
    verified.set(req, subject);
  }
  return subject;
}
