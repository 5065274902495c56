import { fromZonedInput, toZonedInput } from './zoned-time';

describe("run dates in the user's time zone", () => {
  it('shows a UTC instant as wall-clock time in the zone, summer and winter', () => {
    expect(toZonedInput('2027-03-01T09:00:00Z', 'Europe/Rome')).toBe('2027-03-01T10:00');
    expect(toZonedInput('2027-07-01T09:00:00Z', 'Europe/Rome')).toBe('2027-07-01T11:00');
    expect(toZonedInput('2027-07-01T09:00:00Z', 'Europe/Helsinki')).toBe('2027-07-01T12:00');
    expect(toZonedInput(null, 'Europe/Rome')).toBe('');
  });

  it('turns wall-clock time typed in the zone into UTC', () => {
    expect(fromZonedInput('2027-03-01T10:00', 'Europe/Rome')).toBe('2027-03-01T09:00:00.000Z');
    expect(fromZonedInput('2027-07-01T11:00', 'Europe/Rome')).toBe('2027-07-01T09:00:00.000Z');
    expect(fromZonedInput('2027-01-15T08:30', 'Europe/Lisbon')).toBe('2027-01-15T08:30:00.000Z');
  });

  it('round-trips across a daylight-saving change', () => {
    // Europe/Rome springs forward on 28 March 2027 and falls back on 31 October.
    for (const iso of ['2027-03-28T00:30:00.000Z', '2027-03-28T01:30:00.000Z', '2027-10-31T03:00:00.000Z'])
      expect(fromZonedInput(toZonedInput(iso, 'Europe/Rome'), 'Europe/Rome')).toBe(iso);
  });

  it('answers null for an empty field and undefined for text that is no date-time', () => {
    expect(fromZonedInput('', 'Europe/Rome')).toBeNull();
    expect(fromZonedInput('tomorrow', 'Europe/Rome')).toBeUndefined();
  });
});
