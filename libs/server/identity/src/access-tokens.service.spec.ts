import type { ServerConfig } from '@campus/server-config';
import { AccessTokens } from './access-tokens.service';

const config = {
  ACCESS_TOKEN_SECRET: 'a-test-secret-that-is-at-least-32-characters',
  ACCESS_TOKEN_TTL_SECONDS: 60,
} as ServerConfig;

describe('AccessTokens', () => {
  afterEach(() => jest.useRealTimers());

  it('verifies a token again from memory, but never past its expiry', async () => {
    const tokens = new AccessTokens(config);
    const token = await tokens.issue('user-1', 3);
    await expect(tokens.verify(token)).resolves.toEqual({ userId: 'user-1', credentialsVersion: 3 });
    await expect(tokens.verify(token)).resolves.toEqual({ userId: 'user-1', credentialsVersion: 3 });
    // Both clocks move (ours and the one jose checks `exp` against).
    jest.useFakeTimers({
      now: Date.now() + 61_000,
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    });
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('remembers only the exact token it verified: an altered one is refused', async () => {
    const tokens = new AccessTokens(config);
    const token = await tokens.issue('user-1', 0);
    await tokens.verify(token);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'user-2' }),
    ).toString('base64url');
    await expect(tokens.verify(`${header}.${forged}.${signature}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const other = new AccessTokens({
      ...config,
      ACCESS_TOKEN_SECRET: 'another-secret-at-least-32-characters-long',
    });
    await expect(other.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
