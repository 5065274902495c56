import type { LogEntryView } from '@campus/contracts';
import { ApiError, NETWORK_ERROR } from '../../../api';
import {
  classifyFailure,
  LogbookOutbox,
  newEntryId,
  outboxKey,
  type LogEntryBody,
  type OutboxStorage,
} from './logbook-outbox';

/** A server that keeps one entry per id, as `PUT …/logbook/{entryId}` does. */
class FakeServer {
  readonly entries = new Map<string, LogEntryView>();
  readonly calls: string[] = [];
  /** Failures to answer with, one per call, before answering normally. */
  readonly failures: Error[] = [];
  /** Requests that are stored but whose answer never reaches the client. */
  loseAnswers = 0;
  /** Runs while a request is in flight (e.g. the person saves again). */
  whileSending: ((body: LogEntryBody) => void) | null = null;

  send = async (entryId: string, body: LogEntryBody): Promise<LogEntryView> => {
    this.calls.push(entryId);
    this.whileSending?.(body);
    // An answer comes back later, as over a network.
    await Promise.resolve();
    const failure = this.failures.shift();
    if (failure) throw failure;
    const view: LogEntryView = {
      id: entryId,
      ...body,
      mentor: { status: 'pending', comment: null, reviewedAt: null },
      evidence: [],
      createdAt: '2027-03-01T18:00:00Z',
      updatedAt: '2027-03-01T18:00:00Z',
    };
    this.entries.set(entryId, view);
    if (this.loseAnswers > 0) {
      this.loseAnswers--;
      throw offline();
    }
    return view;
  };
}

function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const body = (date: string, activities = `Shadowed the international office on ${date}`): LogEntryBody => ({
  date,
  hours: 6.5,
  activities,
  outcomeIds: [],
  reflection: '',
});

const offline = () => new ApiError({ status: 0, code: NETWORK_ERROR, detail: 'Failed to fetch' });
const serverDown = () =>
  new ApiError({ status: 503, code: 'DEPENDENCY_DOWN', detail: 'Database unavailable' });
const dateTaken = () =>
  new ApiError({
    status: 409,
    code: 'CONFLICT',
    detail: 'Another entry already has the date 2027-03-02.',
  });
const badHours = () =>
  new ApiError({
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: 'Invalid request',
    errors: [{ field: 'hours', message: 'At most 16 hours in a day.' }],
  });

let ids = 0;

function setup(storage = memoryStorage(), server = new FakeServer()) {
  let clock = Date.parse('2027-03-01T18:00:00Z');
  const outbox = new LogbookOutbox({
    storage,
    key: outboxKey('user-1', 'mobility-1'),
    send: server.send,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    now: () => new Date((clock += 1000)),
  });
  return { outbox, server, storage };
}

describe('LogbookOutbox', () => {
  it('sends queued entries in the order they were first saved, and empties the queue', async () => {
    const { outbox, server } = setup();
    const days = ['2027-03-03', '2027-03-01', '2027-03-02'];
    const ids = days.map((d) => outbox.entryIdFor(d));
    days.forEach((d, i) => outbox.enqueue(ids[i], body(d)));

    const result = await outbox.flush();

    expect(server.calls).toEqual(ids);
    expect(result.sent.map((e) => e.date)).toEqual(days);
    expect(result.stopped).toBeNull();
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('keeps one id per day, across saves and reloads, and reuses the server id of an existing entry', () => {
    const storage = memoryStorage();
    const first = setup(storage).outbox;
    const id = first.entryIdFor('2027-03-01');
    expect(first.entryIdFor('2027-03-01')).toBe(id);

    // A reload: a new outbox over the same storage.
    const again = setup(storage).outbox;
    expect(again.entryIdFor('2027-03-01')).toBe(id);
    expect(again.entryIdFor('2027-03-02')).not.toBe(id);
    expect(again.entryIdFor('2027-03-04', [{ id: 'server-id', date: '2027-03-04' }])).toBe('server-id');
  });

  it('a resend after a lost answer reuses the id, so the server still has one entry', async () => {
    const { outbox, server } = setup();
    const id = outbox.entryIdFor('2027-03-01');
    outbox.enqueue(id, body('2027-03-01'));
    // The request reached the server, but the connection dropped before the answer came back.
    server.loseAnswers = 1;

    expect((await outbox.flush()).stopped).toBe('network');
    expect(outbox.getSnapshot()).toHaveLength(1);
    expect((await outbox.flush()).stopped).toBeNull();

    expect(server.calls).toEqual([id, id]);
    expect(server.entries.size).toBe(1);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('a network error stops the run and keeps the entry and every later one, in order', async () => {
    const { outbox, server } = setup();
    const a = outbox.entryIdFor('2027-03-01');
    const b = outbox.entryIdFor('2027-03-02');
    outbox.enqueue(a, body('2027-03-01'));
    outbox.enqueue(b, body('2027-03-02'));
    server.failures.push(offline());

    const result = await outbox.flush();

    expect(result).toEqual({ sent: [], refused: [], stopped: 'network' });
    expect(server.calls).toEqual([a]);
    expect(outbox.getSnapshot().map((i) => i.entryId)).toEqual([a, b]);
    expect(outbox.getSnapshot().every((i) => i.error === null)).toBe(true);

    // Back online: the same entries go, in the same order.
    await outbox.flush();
    expect(server.calls).toEqual([a, a, b]);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('a 5xx stops the run and retries later, without marking the entry as refused', async () => {
    const { outbox, server } = setup();
    const a = outbox.entryIdFor('2027-03-01');
    outbox.enqueue(a, body('2027-03-01'));
    server.failures.push(serverDown());

    expect((await outbox.flush()).stopped).toBe('transient');
    expect(outbox.getSnapshot()[0].error).toBeNull();
    expect(outbox.pending()).toHaveLength(1);

    expect((await outbox.flush()).sent).toHaveLength(1);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('a 4xx keeps the entry with the message and its text, skips it on later runs, and goes on with the rest', async () => {
    const { outbox, server } = setup();
    const a = outbox.entryIdFor('2027-03-02');
    const b = outbox.entryIdFor('2027-03-03');
    outbox.enqueue(a, body('2027-03-02', 'Met the principal'));
    outbox.enqueue(b, body('2027-03-03'));
    server.failures.push(dateTaken());

    const result = await outbox.flush();

    expect(result.refused).toEqual([a]);
    expect(result.sent.map((e) => e.id)).toEqual([b]);
    const [kept] = outbox.getSnapshot();
    expect(kept.body.activities).toBe('Met the principal');
    expect(kept.error).toMatchObject({
      status: 409,
      message: 'Another entry already has the date 2027-03-02.',
    });

    // Not retried forever: the next runs leave it alone.
    await outbox.flush();
    await outbox.flush();
    expect(server.calls).toEqual([a, b]);
    expect(outbox.pending()).toEqual([]);
  });

  it('a 400 names the fields; saving the entry again clears the refusal and sends it', async () => {
    const { outbox, server } = setup();
    const a = outbox.entryIdFor('2027-03-01');
    outbox.enqueue(a, { ...body('2027-03-01'), hours: 15 });
    server.failures.push(badHours());
    await outbox.flush();
    expect(outbox.getSnapshot()[0].error?.fields).toEqual({ hours: 'At most 16 hours in a day.' });

    outbox.enqueue(a, { ...body('2027-03-01'), hours: 7 });
    expect(outbox.getSnapshot()[0].error).toBeNull();
    await outbox.flush();

    expect(server.entries.get(a)?.hours).toBe(7);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('a newer version saved while the older one is on its way stays queued and is sent next', async () => {
    const { outbox, server } = setup();
    const a = outbox.entryIdFor('2027-03-01');
    outbox.enqueue(a, body('2027-03-01', 'First words'));
    server.whileSending = (b) => {
      if (b.activities === 'First words') outbox.enqueue(a, body('2027-03-01', 'Second thoughts'));
    };

    await outbox.flush();

    expect(server.entries.get(a)?.activities).toBe('Second thoughts');
    expect(server.calls).toEqual([a, a]);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('shares one run between calls made while it goes, and a saved queue survives a reload', async () => {
    const storage = memoryStorage();
    const server = new FakeServer();
    const { outbox } = setup(storage, server);
    const a = outbox.entryIdFor('2027-03-01');
    outbox.enqueue(a, body('2027-03-01'));

    const reloaded = setup(storage, server).outbox;
    expect(reloaded.getSnapshot().map((i) => i.entryId)).toEqual([a]);

    await Promise.all([reloaded.flush(), reloaded.flush(), reloaded.flush()]);
    expect(server.calls).toEqual([a]);
  });

  it('tells its listeners when the queue changes', async () => {
    const { outbox } = setup();
    const seen: number[] = [];
    outbox.subscribe(() => seen.push(outbox.getSnapshot().length));
    outbox.enqueue(outbox.entryIdFor('2027-03-01'), body('2027-03-01'));
    await outbox.flush();
    expect(seen).toEqual([1, 0]);
  });
});

describe('newEntryId', () => {
  it('makes version 4 UUIDs the API accepts, also where crypto.randomUUID is missing', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newEntryId()).toMatch(uuid);
    // As on a plain-HTTP intranet page.
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => newEntryId()));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(uuid);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true, writable: true });
    }
  });
});

describe('classifyFailure', () => {
  it.each([
    ['no connection', offline(), 'network'],
    ['503', serverDown(), 'transient'],
    ['429', new ApiError({ status: 429, code: 'RATE_LIMITED', detail: 'Slow down' }), 'transient'],
    ['401', new ApiError({ status: 401, code: 'UNAUTHENTICATED', detail: 'Sign in' }), 'transient'],
    ['409', dateTaken(), 'refused'],
    ['400', badHours(), 'refused'],
    ['404', new ApiError({ status: 404, code: 'NOT_FOUND', detail: 'No such mobility' }), 'refused'],
  ])('%s → %s', (_label, error, kind) => {
    expect(classifyFailure(error)).toBe(kind);
  });
});
