import { mentorLinkExpiry, mentorTokenHash } from './mentor-links.service';

describe('mentorLinkExpiry', () => {
  it('lasts until the end of the 30th day after the mobility ends', () => {
    const sent = new Date('2027-03-01T10:00:00Z');
    expect(mentorLinkExpiry('2027-03-12', sent).toISOString()).toBe('2027-04-12T00:00:00.000Z');
  });

  it('lasts at least 14 days from sending, for a link re-sent after the mobility', () => {
    const sent = new Date('2027-06-20T08:30:00Z');
    expect(mentorLinkExpiry('2027-03-12', sent).toISOString()).toBe('2027-07-04T08:30:00.000Z');
  });
});

describe('mentorTokenHash', () => {
  it('is the 32-byte SHA-256 of the token, different for different tokens', () => {
    const a = mentorTokenHash('a'.repeat(43));
    expect(a).toHaveLength(32);
    expect(a.equals(mentorTokenHash('a'.repeat(43)))).toBe(true);
    expect(a.equals(mentorTokenHash('b'.repeat(43)))).toBe(false);
  });
});
