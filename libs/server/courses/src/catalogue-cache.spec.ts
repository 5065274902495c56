import { BoundedCache } from './catalogue-cache';

describe('BoundedCache', () => {
  it('drops the least recently used entry when the entry count is reached', () => {
    const cache = new BoundedCache<string>(2, 1000);
    cache.set('a', 'A', 1);
    cache.set('b', 'B', 1);
    expect(cache.get('a')).toBe('A'); // a is now the most recently used
    cache.set('c', 'C', 1);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.size).toBe(2);
  });

  it('drops old entries until the new one fits the byte budget, and never keeps one larger than it', () => {
    const cache = new BoundedCache<string>(100, 10);
    cache.set('a', 'A', 4);
    cache.set('b', 'B', 4);
    cache.set('c', 'C', 4);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.totalBytes).toBe(8);
    cache.set('huge', 'H', 11);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.totalBytes).toBe(8);
  });

  it('counts a replaced entry once and forgets everything on clear', () => {
    const cache = new BoundedCache<string>(10, 100);
    cache.set('a', 'A', 30);
    cache.set('a', 'A2', 20);
    expect(cache.get('a')).toBe('A2');
    expect(cache.totalBytes).toBe(20);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.totalBytes).toBe(0);
    expect(cache.get('a')).toBeUndefined();
  });
});
