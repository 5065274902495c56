import type { LogbookView, LogEntryView } from '@campus/contracts';
import { activityDays, logbookDays, logbookTotals, todayIn } from './logbook-days';
import type { OutboxItem } from './logbook-outbox';
import { logEntry } from './logbook.fixtures';

const entry = (date: string, hours: number, status: LogEntryView['mentor']['status'] = 'pending') =>
  logEntry(date, {
    id: `id-${date}`,
    hours,
    mentor: {
      status,
      comment: status === 'commented' ? 'Add the meeting with parents.' : null,
      reviewedAt: null,
    },
  });

const view = (entries: LogEntryView[]): LogbookView => ({
  mobility: {
    id: 'm',
    status: 'in_progress',
    startDate: '2027-02-26',
    endDate: '2027-03-03',
    interruptions: [{ from: '2027-02-28', to: '2027-03-01' }],
    timeZone: 'Europe/Helsinki',
  },
  outcomes: [],
  entries,
  totals: { days: entries.length, hours: 0, confirmed: 0 },
});

const queued = (date: string, hours: number, refused = false): OutboxItem => ({
  entryId: `q-${date}`,
  body: { date, hours, activities: 'Offline notes', outcomeIds: [], reflection: '' },
  savedAt: '2027-03-02T20:00:00Z',
  error: refused ? { status: 409, code: 'CONFLICT', message: 'Confirmed by the mentor.', fields: {} } : null,
});

describe('logbook days', () => {
  it('lists every day from start to end across a month end, marking interruptions', () => {
    expect(activityDays('2027-02-26', '2027-03-03', [{ from: '2027-02-28', to: '2027-03-01' }])).toEqual([
      { date: '2027-02-26', interrupted: false },
      { date: '2027-02-27', interrupted: false },
      { date: '2027-02-28', interrupted: true },
      { date: '2027-03-01', interrupted: true },
      { date: '2027-03-02', interrupted: false },
      { date: '2027-03-03', interrupted: false },
    ]);
  });

  it('lays queued versions over server entries and names each day state', () => {
    const days = logbookDays(
      view([
        entry('2027-02-26', 7, 'confirmed'),
        entry('2027-02-27', 6, 'commented'),
        entry('2027-03-02', 5),
      ]),
      [queued('2027-03-02', 8), queued('2027-03-03', 4, true)],
    );
    expect(days.map((d) => [d.date, d.state])).toEqual([
      ['2027-02-26', 'confirmed'],
      ['2027-02-27', 'commented'],
      ['2027-02-28', 'missing'],
      ['2027-03-01', 'missing'],
      ['2027-03-02', 'waiting'],
      ['2027-03-03', 'refused'],
    ]);
    // The newest words are the ones on the device.
    expect(days[4].content?.hours).toBe(8);
    expect(days[4].entry?.hours).toBe(5);
    expect(logbookTotals(days)).toEqual({ days: 4, hours: 7 + 6 + 8 + 4, confirmed: 1, waiting: 2 });
  });

  it('keeps an entry whose date is no longer within the mobility, marked as outside', () => {
    const days = logbookDays(view([entry('2027-03-05', 3)]), []);
    expect(days.at(-1)).toMatchObject({ date: '2027-03-05', outside: true, state: 'saved' });
  });

  it('knows today in the participant’s time zone', () => {
    const lateEvening = new Date('2027-03-01T22:30:00Z');
    expect(todayIn('Europe/Helsinki', lateEvening)).toBe('2027-03-02');
    expect(todayIn('Europe/Lisbon', lateEvening)).toBe('2027-03-01');
  });
});
