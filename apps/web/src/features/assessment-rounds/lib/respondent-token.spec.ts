import {
  ANSWERED_KEY,
  hasAnswered,
  rememberAnswered,
  takeRespondentToken,
  TOKEN_KEY,
} from './respondent-token';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

function sources(hash: string, storage = memoryStorage()) {
  const replaceState = jest.fn();
  return {
    storage,
    replaceState,
    sources: {
      location: { hash, pathname: '/answer', search: '?x=1' },
      history: { replaceState, state: null },
      storage,
    },
  };
}

describe('takeRespondentToken', () => {
  it('reads the token from the fragment, keeps it for the tab and clears the address bar', () => {
    const s = sources('#token=abc%2Ddef');
    expect(takeRespondentToken(s.sources)).toBe('abc-def');
    expect(s.replaceState).toHaveBeenCalledWith(null, '', '/answer?x=1');
    expect(s.storage.data.get(TOKEN_KEY)).toBe('abc-def');
  });

  it('falls back to the token this tab kept (a reload), else none', () => {
    expect(takeRespondentToken(sources('', memoryStorage({ [TOKEN_KEY]: 'kept' })).sources)).toBe('kept');
    expect(takeRespondentToken(sources('').sources)).toBeNull();
    expect(takeRespondentToken(sources('#token=').sources)).toBeNull();
  });
});

describe('the answered flag', () => {
  it('remembers rounds answered in this browser, at most the last 50', () => {
    const storage = memoryStorage();
    expect(hasAnswered('r1', storage)).toBe(false);
    rememberAnswered('r1', storage);
    expect(hasAnswered('r1', storage)).toBe(true);
    for (let i = 0; i < 60; i++) rememberAnswered(`x${i}`, storage);
    expect(JSON.parse(storage.data.get(ANSWERED_KEY)!)).toHaveLength(50);
    expect(hasAnswered('r1', storage)).toBe(false);
  });

  it('survives a damaged or blocked storage', () => {
    expect(hasAnswered('r1', memoryStorage({ [ANSWERED_KEY]: '{not json' }))).toBe(false);
    expect(hasAnswered('r1', null)).toBe(false);
    expect(() => rememberAnswered('r1', null)).not.toThrow();
  });
});
