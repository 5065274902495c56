import { takeFragmentToken, type FragmentTokenSources } from './fragment-token';

const KEY = 'campus.someToken';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

type MemoryStorage = ReturnType<typeof memoryStorage>;

function sources(hash: string, storage: MemoryStorage | null) {
  const replaceState = jest.fn();
  const s: FragmentTokenSources<MemoryStorage> = {
    location: { hash, pathname: '/page', search: '?lang=fi' },
    history: { replaceState, state: { idx: 3 } },
    storage,
  };
  return { s, replaceState };
}

describe('a token in a link fragment', () => {
  it('is taken from among other fragment values, kept, and removed from the address bar', () => {
    const storage = memoryStorage();
    const onNewToken = jest.fn();
    const { s, replaceState } = sources('#lang=fi&token=a%2Bb%20', storage);
    expect(takeFragmentToken(KEY, s, onNewToken)).toBe('a+b');
    expect(storage.data.get(KEY)).toBe('a+b');
    expect(onNewToken).toHaveBeenCalledWith(storage);
    expect(replaceState).toHaveBeenCalledWith({ idx: 3 }, '', '/page?lang=fi');
  });

  it('keeps a value that is not valid percent-encoding as it came', () => {
    expect(takeFragmentToken(KEY, sources('#token=%E0%A4%A', memoryStorage()).s)).toBe('%E0%A4%A');
  });

  it('is the kept one on a reload, and nothing for an empty fragment token', () => {
    const storage = memoryStorage({ [KEY]: 'kept' });
    const onNewToken = jest.fn();
    expect(takeFragmentToken(KEY, sources('', storage).s, onNewToken)).toBe('kept');
    const { s, replaceState } = sources('#token=', memoryStorage());
    expect(takeFragmentToken(KEY, s, onNewToken)).toBeNull();
    expect(replaceState).toHaveBeenCalled();
    expect(onNewToken).not.toHaveBeenCalled();
  });

  it('lasts for the page view when storage is blocked or throws', () => {
    expect(takeFragmentToken(KEY, sources('#token=abc', null).s)).toBe('abc');
    const throwing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(takeFragmentToken(KEY, sources('#token=abc', throwing).s)).toBe('abc');
    expect(takeFragmentToken(KEY, sources('', throwing).s)).toBeNull();
  });
});
