import { DomainError, MOBILITY_ACTIVITY_TYPES, MOBILITY_STATUSES } from '@campus/contracts';
import {
  assertTransition,
  assertValidMobility,
  canTransition,
  DURATION_LIMITS,
  durationDays,
  fundedTravelDays,
  inclusiveDays,
  mobilityErrors,
  STATUS_TRANSITIONS,
} from './mobility-rules';

/** The date `days` after 2027-03-01 (UTC). */
function plus(days: number, from = '2027-03-01'): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('inclusiveDays', () => {
  it('counts both ends', () => {
    expect(inclusiveDays('2027-03-01', '2027-03-01')).toBe(1);
    expect(inclusiveDays('2027-03-01', '2027-03-05')).toBe(5);
  });
  it('crosses month ends, leap days and daylight-saving changes without losing a day', () => {
    expect(inclusiveDays('2028-02-27', '2028-03-01')).toBe(4); // 2028 is a leap year
    expect(inclusiveDays('2027-02-27', '2027-03-01')).toBe(3);
    expect(inclusiveDays('2027-03-27', '2027-03-29')).toBe(3); // EU clocks change on 28 March 2027
    expect(inclusiveDays('2027-12-31', '2028-01-01')).toBe(2);
  });
  it('is 0 when the end is before the start', () => {
    expect(inclusiveDays('2027-03-05', '2027-03-01')).toBe(0);
  });
});

describe('durationDays', () => {
  it('is the activity days when there is no interruption', () => {
    expect(durationDays({ startDate: '2027-03-01', endDate: '2027-03-14', interruptions: [] })).toBe(14);
  });
  it('subtracts interruption days', () => {
    expect(
      durationDays({
        startDate: '2027-03-01',
        endDate: '2027-03-14',
        interruptions: [
          { from: '2027-03-05', to: '2027-03-06' },
          { from: '2027-03-10', to: '2027-03-10' },
        ],
      }),
    ).toBe(11);
  });
  it('counts a day named by two interruptions once', () => {
    expect(
      durationDays({
        startDate: '2027-03-01',
        endDate: '2027-03-10',
        interruptions: [
          { from: '2027-03-02', to: '2027-03-04' },
          { from: '2027-03-04', to: '2027-03-05' },
        ],
      }),
    ).toBe(6);
  });
  it('ignores the part of an interruption outside the activity', () => {
    expect(
      durationDays({
        startDate: '2027-03-01',
        endDate: '2027-03-10',
        interruptions: [{ from: '2027-02-25', to: '2027-03-02' }],
      }),
    ).toBe(8);
  });
  it('is 0 for dates out of order', () => {
    expect(durationDays({ startDate: '2027-03-10', endDate: '2027-03-01', interruptions: [] })).toBe(0);
  });
  it('merges nested and touching interruptions, counting each day once', () => {
    expect(
      durationDays({
        startDate: '2027-03-01',
        endDate: '2027-03-20',
        interruptions: [
          { from: '2027-03-10', to: '2027-03-12' },
          { from: '2027-03-02', to: '2027-03-08' },
          { from: '2027-03-03', to: '2027-03-04' },
          { from: '2027-03-09', to: '2027-03-09' },
        ],
      }),
    ).toBe(9);
  });
  it('reckons ranges spanning millennia (a hostile request) by arithmetic on the ranges', () => {
    const interruptions = Array.from({ length: 20 }, () => ({ from: '1900-01-01', to: '9999-12-31' }));
    expect(durationDays({ startDate: '1900-01-01', endDate: '9999-12-31', interruptions })).toBe(0);
  });
});

describe('fundedTravelDays', () => {
  it.each([
    [0, 0, false, 0],
    [1, 0, false, 1],
    [1, 1, false, 2],
    [2, 2, false, 2],
    [3, 3, false, 2],
    [1, 1, true, 2],
    [2, 2, true, 4],
    [3, 3, true, 6],
    [4, 4, true, 6],
    [6, 0, true, 6],
  ])('before %i, after %i, green %s → %i', (travelDaysBefore, travelDaysAfter, greenTravel, funded) => {
    expect(fundedTravelDays({ travelDaysBefore, travelDaysAfter, greenTravel })).toBe(funded);
  });
});

describe('duration limits per activity type', () => {
  it('covers every activity type with the Erasmus+ VET limits', () => {
    expect(Object.keys(DURATION_LIMITS).sort()).toEqual([...MOBILITY_ACTIVITY_TYPES].sort());
    expect(DURATION_LIMITS['SM-JOB-SHDW']).toMatchObject({ min: 2, max: 60 });
    expect(DURATION_LIMITS['SM-TTA']).toMatchObject({ min: 2, max: 365 });
    expect(DURATION_LIMITS['SM-COUR-TRAIN']).toMatchObject({ min: 2, max: 30 });
    expect(DURATION_LIMITS['LM-SHORT-VET']).toMatchObject({ min: 10, max: 89 });
    expect(DURATION_LIMITS['LM-LONG-VET']).toMatchObject({ min: 90, max: 365 });
  });

  it.each(MOBILITY_ACTIVITY_TYPES.map((t) => [t, DURATION_LIMITS[t].min, DURATION_LIMITS[t].max] as const))(
    '%s accepts %i and %i days and refuses one day fewer or more',
    (activityType, min, max) => {
      const record = (days: number) => ({
        activityType,
        startDate: '2027-03-01',
        endDate: plus(days - 1),
        interruptions: [],
      });
      expect(mobilityErrors(record(min))).toEqual([]);
      expect(mobilityErrors(record(max))).toEqual([]);
      for (const days of [min - 1, max + 1]) {
        expect(mobilityErrors(record(days))).toEqual([
          {
            field: 'endDate',
            message: `${DURATION_LIMITS[activityType].label} lasts ${min} to ${max} days; this one lasts ${days}.`,
          },
        ]);
      }
    },
  );

  it('names the limit in words a manager reads', () => {
    expect(
      mobilityErrors({
        activityType: 'SM-JOB-SHDW',
        startDate: '2027-03-01',
        endDate: plus(74),
        interruptions: [],
      }),
    ).toEqual([{ field: 'endDate', message: 'Job shadowing lasts 2 to 60 days; this one lasts 75.' }]);
  });

  it('measures the limit after interruptions, not on the calendar span', () => {
    // 62 calendar days, 3 of them interrupted: 59 days of job shadowing.
    const m = {
      activityType: 'SM-JOB-SHDW' as const,
      startDate: '2027-03-01',
      endDate: plus(61),
      interruptions: [{ from: plus(10), to: plus(12) }],
    };
    expect(mobilityErrors(m)).toEqual([]);
    expect(mobilityErrors({ ...m, interruptions: [] })[0].message).toContain('this one lasts 62');
  });
});

describe('dates and interruptions', () => {
  const base = { activityType: 'SM-TTA' as const, startDate: '2027-03-01', endDate: '2027-03-20' };

  it('refuses an end before the start, naming endDate', () => {
    expect(mobilityErrors({ ...base, endDate: '2027-02-28', interruptions: [] })).toEqual([
      { field: 'endDate', message: 'The activity must end on or after the day it starts.' },
    ]);
  });

  it('accepts interruptions inside the activity, including its first and last day', () => {
    expect(
      mobilityErrors({
        ...base,
        interruptions: [
          { from: '2027-03-01', to: '2027-03-01' },
          { from: '2027-03-20', to: '2027-03-20' },
        ],
      }),
    ).toEqual([]);
  });

  it.each([
    ['before the start', { from: '2027-02-28', to: '2027-03-02' }],
    ['after the end', { from: '2027-03-19', to: '2027-03-21' }],
    ['wholly outside', { from: '2027-04-01', to: '2027-04-02' }],
  ])('refuses an interruption reaching %s, naming it', (_what, range) => {
    expect(
      mobilityErrors({ ...base, interruptions: [{ from: '2027-03-05', to: '2027-03-05' }, range] }),
    ).toEqual([
      {
        field: 'interruptions.1',
        message: 'An interruption must lie within the activity (2027-03-01 to 2027-03-20).',
      },
    ]);
  });

  it('refuses an interruption that ends before it starts', () => {
    expect(mobilityErrors({ ...base, interruptions: [{ from: '2027-03-06', to: '2027-03-05' }] })).toEqual([
      { field: 'interruptions.0.to', message: 'An interruption must end on or after the day it starts.' },
    ]);
  });

  it('refuses overlapping interruptions, whatever their order, sharing one day is enough', () => {
    const errors = mobilityErrors({
      ...base,
      interruptions: [
        { from: '2027-03-10', to: '2027-03-12' },
        { from: '2027-03-05', to: '2027-03-10' },
      ],
    });
    expect(errors).toEqual([
      {
        field: 'interruptions.1',
        message:
          'Interruptions must not overlap: 2027-03-10 to 2027-03-12 overlaps 2027-03-05 to 2027-03-10.',
      },
    ]);
  });

  it('catches every interruption that a long one covers', () => {
    const errors = mobilityErrors({
      ...base,
      interruptions: [
        { from: '2027-03-02', to: '2027-03-15' },
        { from: '2027-03-03', to: '2027-03-04' },
        { from: '2027-03-08', to: '2027-03-09' },
      ],
    });
    expect(errors.map((e) => e.field)).toEqual(['interruptions.1', 'interruptions.2']);
  });

  it('accepts back-to-back interruptions that do not share a day', () => {
    expect(
      mobilityErrors({
        ...base,
        interruptions: [
          { from: '2027-03-05', to: '2027-03-06' },
          { from: '2027-03-07', to: '2027-03-08' },
        ],
      }),
    ).toEqual([]);
  });

  it('assertValidMobility throws VALIDATION_FAILED carrying the field errors', () => {
    let thrown: unknown;
    try {
      assertValidMobility({
        activityType: 'SM-COUR-TRAIN',
        startDate: '2027-03-01',
        endDate: '2027-03-01',
        interruptions: [],
      });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'A structured course lasts 2 to 30 days; this one lasts 1.',
      details: { errors: [{ field: 'endDate' }] },
    });
    expect(() =>
      assertValidMobility({
        activityType: 'SM-COUR-TRAIN',
        startDate: '2027-03-01',
        endDate: '2027-03-02',
        interruptions: [],
      }),
    ).not.toThrow();
  });
});

describe('lifecycle', () => {
  const allowed: [string, string][] = [
    ['draft', 'agreed'],
    ['agreed', 'in_progress'],
    ['in_progress', 'completed'],
    ['completed', 'validated'],
    ['draft', 'cancelled'],
    ['agreed', 'cancelled'],
    ['in_progress', 'cancelled'],
    ['completed', 'cancelled'],
  ];

  it('allows exactly the forward steps and cancelling before validation', () => {
    const every = MOBILITY_STATUSES.flatMap((from) =>
      MOBILITY_STATUSES.map((to) => [from, to] as [string, string]),
    );
    const permitted = every.filter(([from, to]) => canTransition(from as never, to as never));
    expect(permitted.sort()).toEqual([...allowed].sort());
  });

  it('has a row for every status, validated and cancelled final', () => {
    expect(Object.keys(STATUS_TRANSITIONS).sort()).toEqual([...MOBILITY_STATUSES].sort());
    expect(STATUS_TRANSITIONS.validated).toEqual([]);
    expect(STATUS_TRANSITIONS.cancelled).toEqual([]);
  });

  it.each([
    ['draft', 'in_progress'],
    ['draft', 'validated'],
    ['agreed', 'draft'],
    ['completed', 'in_progress'],
    ['validated', 'cancelled'],
    ['cancelled', 'draft'],
    ['draft', 'draft'],
  ] as const)('refuses %s → %s with 409 CONFLICT naming both', (from, to) => {
    expect(() => assertTransition(from, to)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: `A mobility cannot go from ${from} to ${to}.` }),
    );
  });

  it.each(allowed)('permits %s → %s', (from, to) => {
    expect(() => assertTransition(from as never, to as never)).not.toThrow();
  });
});
