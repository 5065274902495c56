import type { Change, ChangeFeed } from './change-feed';
import { FeedCache } from './feed-cache';

/** A feed this test drives: `notify` delivers a change, `live` says whether it is listening. */
function fakeFeed() {
  const subscribers: ((c: Change) => void)[] = [];
  return {
    live: true,
    subscribe: (fn: (c: Change) => void) => void subscribers.push(fn),
    notify: (c: Change) => subscribers.forEach((fn) => fn(c)),
    subscribers,
  };
}
const cacheOn = (feed: ReturnType<typeof fakeFeed>, capacity = 10, dropAll = false) =>
  new FeedCache<string>(feed as unknown as ChangeFeed, capacity, dropAll);

describe('FeedCache', () => {
  it('follows the feed once, on first use', () => {
    const feed = fakeFeed();
    const cache = cacheOn(feed);
    expect(feed.subscribers).toHaveLength(0);
    cache.get('a');
    cache.version();
    expect(feed.subscribers).toHaveLength(1);
  });

  it('serves what it kept, drops a notified key, and everything on *', () => {
    const feed = fakeFeed();
    const cache = cacheOn(feed);
    cache.keep('a', 'A', cache.version());
    cache.keep('b', 'B', cache.version());
    feed.notify('a');
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, 'B']);
    feed.notify('*');
    expect(cache.get('b')).toBeUndefined();
  });

  it('drops everything on any notice when dropAll', () => {
    const feed = fakeFeed();
    const cache = cacheOn(feed, 10, true);
    cache.keep('a', 'A', cache.version());
    feed.notify('b');
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not keep a value read before a change arrived, nor anything while the feed is down', () => {
    const feed = fakeFeed();
    const cache = cacheOn(feed);
    const before = cache.version();
    feed.notify('x');
    cache.keep('a', 'stale', before);
    expect(cache.get('a')).toBeUndefined();
    cache.keep('a', 'A', cache.version());
    feed.live = false;
    expect(cache.get('a')).toBeUndefined();
    cache.keep('b', 'B', cache.version());
    feed.live = true;
    expect([cache.get('a'), cache.get('b')]).toEqual(['A', undefined]);
  });

  it('drops the least recently used entry when full', () => {
    const feed = fakeFeed();
    const cache = cacheOn(feed, 2);
    cache.keep('a', 'A', cache.version());
    cache.keep('b', 'B', cache.version());
    cache.get('a');
    cache.keep('c', 'C', cache.version());
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
  });
});
