import { ActorCache } from './actor-cache';

describe('ActorCache', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 0;
  });

  it('answers what was stored, until the entry is older than its maximum age', () => {
    const cache = new ActorCache<string>(now, 1000, 10);
    cache.set('u1', 'Ada', cache.mark());
    clock = 1000;
    expect(cache.get('u1')).toBe('Ada');
    clock = 1001;
    expect(cache.get('u1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops one user on their change, and everyone on "*"', () => {
    const cache = new ActorCache<string>(now, 1000, 10);
    cache.set('u1', 'Ada', cache.mark());
    cache.set('u2', 'Bo', cache.mark());
    cache.forget('u1');
    expect(cache.get('u1')).toBeUndefined();
    expect(cache.get('u2')).toBe('Bo');
    cache.forget('*');
    expect(cache.get('u2')).toBeUndefined();
  });

  it('keeps nothing read before a change arrived, even for another user', () => {
    const cache = new ActorCache<string>(now, 1000, 10);
    const mark = cache.mark();
    cache.forget('u1'); // arrives while the load is in flight
    cache.set('u1', 'stale Ada', mark);
    expect(cache.get('u1')).toBeUndefined();
    cache.set('u1', 'fresh Ada', cache.mark());
    expect(cache.get('u1')).toBe('fresh Ada');
  });

  it('evicts the least recently used user when full', () => {
    const cache = new ActorCache<string>(now, 1000, 2);
    cache.set('u1', 'Ada', cache.mark());
    cache.set('u2', 'Bo', cache.mark());
    expect(cache.get('u1')).toBe('Ada'); // u2 is now the least recently used
    cache.set('u3', 'Cy', cache.mark());
    expect(cache.size).toBe(2);
    expect(cache.get('u2')).toBeUndefined();
    expect(cache.get('u1')).toBe('Ada');
    expect(cache.get('u3')).toBe('Cy');
  });
});
