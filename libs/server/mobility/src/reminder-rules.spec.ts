import { MOBILITY_STATUSES, type MobilityStatus } from '@campus/contracts';
import { LOGBOOK_REVIEWABLE, LOGBOOK_WRITABLE } from './logbook.service';
import {
  addDays,
  agreementPendingReminders,
  MENTOR_DIGEST_STATUSES,
  MISSING_ENTRY_STATUSES,
  agreementPendingWindow,
  dueReminders,
  localClock,
  mentorDigestReminders,
  missingEntryReminders,
  missingEntryWindow,
  type ReminderFacts,
} from './reminder-rules';

const ID = '6f1c2b4e-0000-4000-8000-000000000001';
const MANAGER_A = '6f1c2b4e-0000-4000-8000-0000000000a1';
const MANAGER_B = '6f1c2b4e-0000-4000-8000-0000000000b2';

/** An in-progress job shadowing from Monday 4 to Friday 8 March 2030, nothing written yet. */
function facts(attrs: Partial<ReminderFacts> = {}): ReminderFacts {
  return {
    mobilityId: ID,
    status: 'in_progress',
    startDate: '2030-03-04',
    endDate: '2030-03-08',
    interruptions: [],
    participantTimeZone: 'UTC',
    entryDates: [],
    pendingEntries: 0,
    agreementAgreed: true,
    managerIds: [MANAGER_A, MANAGER_B],
    ...attrs,
  };
}

const at = (iso: string) => new Date(iso);
const days = (now: Date, f: ReminderFacts) =>
  missingEntryReminders(now, f).map((r) => (r.kind === 'participant_missing_entry' ? r.date : r.kind));

describe('localClock', () => {
  it('reads the date and time of day in the zone', () => {
    expect(localClock(at('2030-03-06T16:30:00Z'), 'UTC')).toEqual({
      date: '2030-03-06',
      minutes: 16 * 60 + 30,
    });
    expect(localClock(at('2030-03-06T16:30:00Z'), 'Europe/Helsinki')).toEqual({
      date: '2030-03-06',
      minutes: 18 * 60 + 30,
    });
    expect(localClock(at('2030-03-06T03:00:00Z'), 'America/New_York')).toEqual({
      date: '2030-03-05',
      minutes: 22 * 60,
    });
  });

  it('follows daylight-saving time (Rome is UTC+1 in winter, UTC+2 in summer)', () => {
    expect(localClock(at('2030-01-10T17:00:00Z'), 'Europe/Rome').minutes).toBe(18 * 60);
    expect(localClock(at('2030-07-10T17:00:00Z'), 'Europe/Rome').minutes).toBe(19 * 60);
  });

  it('counts midnight as minute 0, never 24:00', () => {
    expect(localClock(at('2030-03-06T00:00:00Z'), 'UTC')).toEqual({ date: '2030-03-06', minutes: 0 });
  });

  it('takes a zone the runtime does not know as UTC', () => {
    expect(localClock(at('2030-03-06T16:30:00Z'), 'Mars/Olympus_Mons')).toEqual({
      date: '2030-03-06',
      minutes: 16 * 60 + 30,
    });
  });
});

describe('participant_missing_entry', () => {
  it('is due from 18:00 of the next day in the participant time zone, not a minute before', () => {
    // Monday 4 March without an entry: reminded on Tuesday evening.
    expect(days(at('2030-03-05T17:59:00Z'), facts())).toEqual([]);
    expect(days(at('2030-03-05T18:00:00Z'), facts())).toEqual(['2030-03-04']);
  });

  it('uses the participant wall clock: the same instant is evening in Helsinki, morning in New York', () => {
    const now = at('2030-03-05T16:30:00Z');
    expect(days(now, facts({ participantTimeZone: 'Europe/Helsinki' }))).toEqual(['2030-03-04']);
    expect(days(now, facts({ participantTimeZone: 'America/New_York' }))).toEqual([]);
    // Kiritimati (UTC+14) is at 06:30 on Wednesday: Monday is due, Tuesday only from this evening.
    expect(days(now, facts({ participantTimeZone: 'Pacific/Kiritimati' }))).toEqual(['2030-03-04']);
  });

  it('is never due for the day itself, however late it is', () => {
    expect(days(at('2030-03-04T23:59:00Z'), facts())).toEqual([]);
  });

  it('names every earlier day without an entry, in calendar order, one occasion per day', () => {
    const due = missingEntryReminders(at('2030-03-08T19:00:00Z'), facts({ entryDates: ['2030-03-05'] }));
    expect(due).toEqual([
      { kind: 'participant_missing_entry', occasion: `${ID}:2030-03-04`, mobilityId: ID, date: '2030-03-04' },
      { kind: 'participant_missing_entry', occasion: `${ID}:2030-03-06`, mobilityId: ID, date: '2030-03-06' },
      { kind: 'participant_missing_entry', occasion: `${ID}:2030-03-07`, mobilityId: ID, date: '2030-03-07' },
    ]);
  });

  it('skips days with an entry and days of an interruption', () => {
    const f = facts({
      entryDates: ['2030-03-04', '2030-03-08'],
      interruptions: [{ from: '2030-03-05', to: '2030-03-06' }],
    });
    expect(days(at('2030-03-12T12:00:00Z'), f)).toEqual(['2030-03-07']);
  });

  it('covers only the activity: no day before the start or after the end', () => {
    expect(days(at('2030-03-03T20:00:00Z'), facts())).toEqual([]);
    expect(days(at('2030-03-10T20:00:00Z'), facts())).toEqual([
      '2030-03-04',
      '2030-03-05',
      '2030-03-06',
      '2030-03-07',
      '2030-03-08',
    ]);
  });

  it('does not reach back more than 7 days, so a mobility recorded late cannot flood the participant', () => {
    const long = facts({ startDate: '2030-02-01', endDate: '2030-03-29' });
    // 18:00 on 10 March: 3 March (7 days back) is the oldest; 9 March is due, 10 March is today.
    expect(days(at('2030-03-10T18:00:00Z'), long)).toEqual([
      '2030-03-03',
      '2030-03-04',
      '2030-03-05',
      '2030-03-06',
      '2030-03-07',
      '2030-03-08',
      '2030-03-09',
    ]);
    // Before the evening, yesterday is not yet due and the window still starts 7 days back.
    expect(days(at('2030-03-10T08:00:00Z'), long)).toEqual([
      '2030-03-03',
      '2030-03-04',
      '2030-03-05',
      '2030-03-06',
      '2030-03-07',
      '2030-03-08',
    ]);
    expect(days(at('2030-04-20T18:00:00Z'), long)).toEqual([]);
  });

  it.each(MOBILITY_STATUSES)('status %s: only while agreed or in progress', (status: MobilityStatus) => {
    const expected = status === 'agreed' || status === 'in_progress' ? ['2030-03-04'] : [];
    expect(days(at('2030-03-05T18:00:00Z'), facts({ status }))).toEqual(expected);
  });

  it('stays within the days the sender reads (missingEntryWindow), in the furthest time zones', () => {
    const long = facts({ startDate: '2030-01-01', endDate: '2030-12-31' });
    for (const zone of ['Pacific/Kiritimati', 'Etc/GMT+12', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'UTC']) {
      for (const iso of ['2030-03-10T00:00:00Z', '2030-03-10T05:45:00Z', '2030-03-10T23:59:00Z']) {
        const now = at(iso);
        const window = missingEntryWindow(now);
        for (const day of days(now, { ...long, participantTimeZone: zone })) {
          expect(day >= window.from && day <= window.to).toBe(true);
        }
      }
    }
    expect(missingEntryWindow(at('2030-03-10T12:00:00Z'))).toEqual({ from: '2030-03-02', to: '2030-03-10' });
  });
});

describe('mentor_digest', () => {
  it('is due while entries wait for the mentor, with their number', () => {
    expect(mentorDigestReminders(at('2030-03-06T07:00:00Z'), facts({ pendingEntries: 2 }))).toEqual([
      { kind: 'mentor_digest', occasion: `${ID}:2030-03-06`, mobilityId: ID, pendingCount: 2 },
    ]);
    expect(mentorDigestReminders(at('2030-03-06T07:00:00Z'), facts({ pendingEntries: 0 }))).toEqual([]);
  });

  it('has one occasion per UTC day: the same all day, a new one the next day', () => {
    const f = facts({ pendingEntries: 1 });
    const occasion = (iso: string) => mentorDigestReminders(at(iso), f)[0].occasion;
    expect(occasion('2030-03-06T00:00:00Z')).toBe(occasion('2030-03-06T23:59:59Z'));
    expect(occasion('2030-03-07T00:00:00Z')).toBe(`${ID}:2030-03-07`);
  });

  it.each(MOBILITY_STATUSES)('status %s: while agreed, in progress or completed', (status) => {
    const due = mentorDigestReminders(at('2030-03-06T07:00:00Z'), facts({ status, pendingEntries: 1 }));
    expect(due.length).toBe(['agreed', 'in_progress', 'completed'].includes(status) ? 1 : 0);
  });
});

describe('manager_agreement_pending', () => {
  const pending = facts({
    status: 'draft',
    agreementAgreed: false,
    startDate: '2030-03-11',
    endDate: '2030-03-15',
  });
  const dueOn = (iso: string, f = pending) => agreementPendingReminders(at(iso), f).length > 0;

  it('is due to every manager, one occasion per mobility and manager', () => {
    expect(agreementPendingReminders(at('2030-03-05T09:00:00Z'), pending)).toEqual([
      {
        kind: 'manager_agreement_pending',
        occasion: `${ID}:${MANAGER_A}`,
        mobilityId: ID,
        managerId: MANAGER_A,
      },
      {
        kind: 'manager_agreement_pending',
        occasion: `${ID}:${MANAGER_B}`,
        mobilityId: ID,
        managerId: MANAGER_B,
      },
    ]);
  });

  it('is due from 7 days before the start date up to the start date, in UTC days', () => {
    expect(dueOn('2030-03-03T23:59:59Z')).toBe(false);
    expect(dueOn('2030-03-04T00:00:00Z')).toBe(true);
    expect(dueOn('2030-03-11T23:59:59Z')).toBe(true);
    expect(dueOn('2030-03-12T00:00:00Z')).toBe(false);
    expect(agreementPendingWindow(at('2030-03-04T10:00:00Z'))).toEqual({
      from: '2030-03-04',
      to: '2030-03-11',
    });
  });

  it('is not due once a version of the agreement is agreed', () => {
    expect(dueOn('2030-03-05T09:00:00Z', { ...pending, agreementAgreed: true })).toBe(false);
  });

  it('reaches nobody when the organisation has no manager who can receive mail', () => {
    expect(dueOn('2030-03-05T09:00:00Z', { ...pending, managerIds: [] })).toBe(false);
  });

  it.each(MOBILITY_STATUSES)('status %s: only while draft or agreed', (status) => {
    expect(dueOn('2030-03-05T09:00:00Z', { ...pending, status })).toBe(
      status === 'draft' || status === 'agreed',
    );
  });
});

describe('dueReminders', () => {
  it('gathers the reminders of every kind due for the mobility', () => {
    const started = facts({ status: 'agreed', pendingEntries: 1, entryDates: ['2030-03-04'] });
    expect(dueReminders(at('2030-03-06T18:30:00Z'), started).map((r) => [r.kind, r.occasion])).toEqual([
      ['participant_missing_entry', `${ID}:2030-03-05`],
      ['mentor_digest', `${ID}:2030-03-06`],
    ]);
    const soon = facts({
      status: 'draft',
      agreementAgreed: false,
      startDate: '2030-03-11',
      endDate: '2030-03-15',
    });
    expect(dueReminders(at('2030-03-06T18:30:00Z'), soon).map((r) => [r.kind, r.occasion])).toEqual([
      ['manager_agreement_pending', `${ID}:${MANAGER_A}`],
      ['manager_agreement_pending', `${ID}:${MANAGER_B}`],
    ]);
  });
});

describe('statuses', () => {
  it('remind the participant while the logbook takes entries, and the mentor while it takes reviews', () => {
    expect(MISSING_ENTRY_STATUSES).toEqual(LOGBOOK_WRITABLE);
    expect(MENTOR_DIGEST_STATUSES).toEqual(LOGBOOK_REVIEWABLE);
  });
});

describe('addDays', () => {
  it('crosses month ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2030-03-01', -1)).toBe('2030-02-28');
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
  });
});
