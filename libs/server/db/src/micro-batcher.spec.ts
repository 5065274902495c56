import { MicroBatcher, type BatchOutcome } from './micro-batcher';

/** A flush that records its batches and answers `key * 10`, failing the keys in `bad`. */
function recorder(bad: number[] = [], gate?: Promise<void>) {
  const batches: number[][] = [];
  const flush = async (keys: number[]) => {
    batches.push(keys);
    await gate;
    return new Map<number, BatchOutcome<number>>(
      keys.map((k) => [
        k,
        bad.includes(k) ? { ok: false, error: new Error(`bad ${k}`) } : { ok: true, value: k * 10 },
      ]),
    );
  };
  return { batches, flush };
}

describe('MicroBatcher', () => {
  it('flushes the keys of one window together and settles each with its own outcome', async () => {
    const { batches, flush } = recorder([2]);
    const b = new MicroBatcher({ maxSize: 10, windowMs: 20, maxInFlight: 1 }, flush);
    const results = await Promise.allSettled([b.add(1), b.add(2), b.add(3)]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('bad 2') },
      { status: 'fulfilled', value: 30 },
    ]);
  });

  it('flushes at once when a batch is full, and never more than maxSize keys', async () => {
    const { batches, flush } = recorder();
    const b = new MicroBatcher({ maxSize: 2, windowMs: 10_000, maxInFlight: 5 }, flush);
    const started = Date.now();
    await Promise.all([b.add(1), b.add(2), b.add(3), b.add(4)]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('holds keys while maxInFlight flushes run, then flushes them together without a new window', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const { batches, flush } = recorder([], gate);
    const b = new MicroBatcher({ maxSize: 10, windowMs: 5, maxInFlight: 1 }, flush);
    const first = b.add(1);
    await new Promise((r) => setTimeout(r, 30));
    const later = [b.add(2), b.add(3)];
    await new Promise((r) => setTimeout(r, 30));
    expect(batches).toEqual([[1]]);
    open();
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('flushes a key handed over twice once and gives both callers its outcome', async () => {
    const { batches, flush } = recorder();
    const b = new MicroBatcher({ maxSize: 10, windowMs: 5, maxInFlight: 1 }, flush);
    expect(await Promise.all([b.add(7), b.add(7)])).toEqual([70, 70]);
    expect(batches).toEqual([[7]]);
  });

  it('rejects every key of a batch whose flush throws, and keeps serving later keys', async () => {
    let calls = 0;
    const b = new MicroBatcher({ maxSize: 10, windowMs: 5, maxInFlight: 1 }, (keys: number[]) =>
      calls++ === 0
        ? Promise.reject(new Error('database down'))
        : Promise.resolve(new Map(keys.map((k) => [k, { ok: true as const, value: k }]))),
    );
    const results = await Promise.allSettled([b.add(1), b.add(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await b.add(3)).toBe(3);
  });
});
