import {
  claimLanguageSwitch,
  LANGUAGE_KEY,
  takeMentorToken,
  TOKEN_KEY,
  type TokenSources,
} from './mentor-token';

const TOKEN = 'bG9uZy1yYW5kb20tdG9rZW4tZnJvbS10aGUtbWFpbC0x';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function sources(hash: string, storage = memoryStorage()) {
  const replaceState = jest.fn();
  const s: TokenSources = {
    location: { hash, pathname: '/mentor', search: '' },
    history: { replaceState, state: { idx: 0 } },
    storage,
  };
  return { s, replaceState, storage };
}

describe('takeMentorToken', () => {
  it('takes the token from the fragment, keeps it for the tab and removes it from the address', () => {
    const { s, replaceState, storage } = sources(`#token=${TOKEN}`);
    expect(takeMentorToken(s)).toBe(TOKEN);
    expect(storage.data.get(TOKEN_KEY)).toBe(TOKEN);
    expect(replaceState).toHaveBeenCalledWith({ idx: 0 }, '', '/mentor');
  });

  it('uses the kept token after a reload, without touching the address', () => {
    const { s, replaceState } = sources('', memoryStorage({ [TOKEN_KEY]: TOKEN }));
    expect(takeMentorToken(s)).toBe(TOKEN);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('lets a newly opened link replace the kept token and its language choice', () => {
    const storage = memoryStorage({ [TOKEN_KEY]: 'old', [LANGUAGE_KEY]: 'fi' });
    const { s } = sources(`#token=${TOKEN}`, storage);
    expect(takeMentorToken(s)).toBe(TOKEN);
    expect(storage.data.get(TOKEN_KEY)).toBe(TOKEN);
    expect(storage.data.has(LANGUAGE_KEY)).toBe(false);
  });

  it('has no token without a fragment or a kept one, or with an empty fragment value', () => {
    expect(takeMentorToken(sources('').s)).toBeNull();
    expect(takeMentorToken(sources('#token=').s)).toBeNull();
    expect(takeMentorToken(sources('#section-2').s)).toBeNull();
  });

  it('still works when storage is blocked', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    const { s } = sources(`#token=${TOKEN}`, throwing as never);
    expect(takeMentorToken(s)).toBe(TOKEN);
  });
});

describe('claimLanguageSwitch', () => {
  it('switches once per token, so a later manual choice stays', () => {
    const storage = memoryStorage();
    expect(claimLanguageSwitch('fi', storage)).toBe(true);
    expect(claimLanguageSwitch('fi', storage)).toBe(false);
  });
});
