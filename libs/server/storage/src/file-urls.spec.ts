import { FileUrls } from './file-urls';

const ID = '0b8f3a52-6a33-4f4e-9d3c-2f0d6c1e9a10';
const HOUR = 3600_000;

function parse(url: string) {
  const u = new URL(url, 'http://x');
  return { expires: Number(u.searchParams.get('expires')), signature: u.searchParams.get('signature') ?? '' };
}

describe('FileUrls', () => {
  let now = Date.UTC(2027, 0, 1, 10, 0, 0);
  const urls = new FileUrls('a'.repeat(32), () => now);

  it('verifies its own URLs for at least six hours', () => {
    const { expires, signature } = parse(urls.url(ID));
    expect(urls.verify(ID, expires, signature)).toBe(true);
    now += 6 * HOUR;
    expect(urls.verify(ID, expires, signature)).toBe(true);
    now += 7 * HOUR;
    expect(urls.verify(ID, expires, signature)).toBe(false);
  });

  it('refuses another file, a changed expiry, another key and junk', () => {
    const { expires, signature } = parse(urls.url(ID));
    expect(urls.verify('1b8f3a52-6a33-4f4e-9d3c-2f0d6c1e9a10', expires, signature)).toBe(false);
    expect(urls.verify(ID, expires + 3600, signature)).toBe(false);
    expect(new FileUrls('b'.repeat(32), () => now).verify(ID, expires, signature)).toBe(false);
    expect(urls.verify(ID, Number.NaN, signature)).toBe(false);
    expect(urls.verify(ID, expires, 'short')).toBe(false);
  });

  it('keeps the same URL within a window, so browsers can cache the file', () => {
    now = Date.UTC(2027, 0, 1, 12, 0, 0);
    const first = urls.url(ID);
    now += 5 * HOUR;
    expect(urls.url(ID)).toBe(first);
  });
});
