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

  it("keeps nothing read before that user's change arrived, nor before a '*'", () => {
    const cache = new ActorCache<string>(now, 1000, 10);
    const mark = cache.mark();
    cache.forget('u1'); // arrives while the load is in flight
    cache.set('u1', 'stale Ada', mark);
    expect(cache.get('u1')).toBeUndefined();
    cache.set('u1', 'fresh Ada', cache.mark());
    expect(cache.get('u1')).toBe('fresh Ada');

    const beforeAll = cache.mark();
    cache.forget('*');
    cache.set('u2', 'stale Bo', beforeAll);
    expect(cache.get('u2')).toBeUndefined();
  });

  it('keeps what was read while only other users changed', () => {
    const cache = new ActorCache<string>(now, 1000, 10);
    const mark = cache.mark();
    cache.forget('u2');
    cache.set('u1', 'Ada', mark);
    expect(cache.get('u1')).toBe('Ada');
  });

  it('stays bounded under many changes: past its size, a change counts as "*" for loads in flight', () => {
    const cache = new ActorCache<string>(now, 1000, 2);
    const mark = cache.mark();
    cache.forget('u2');
    cache.forget('u3');
    cache.forget('u4'); // the record of changes is full: cleared, and loads in flight keep nothing
    cache.set('u1', 'maybe stale Ada', mark);
    expect(cache.get('u1')).toBeUndefined();
    cache.set('u1', 'Ada', cache.mark());
    expect(cache.get('u1')).toBe('Ada');
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
