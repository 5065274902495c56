import { newVerificationCode, normaliseVerificationCode } from './verification-code';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('verification codes', () => {
  it('prints 20 Crockford base32 characters (100 bits) in five groups of four', () => {
    const code = newVerificationCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(code.replace(/-/g, '')).toHaveLength(20);
  });

  it('uses the whole alphabet evenly and never repeats', () => {
    const codes = Array.from({ length: 2000 }, newVerificationCode);
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const char of codes.join('').replace(/-/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect([...counts.keys()].sort().join('')).toBe(CROCKFORD);
    // 40,000 characters, 1,250 expected each; a 5-bit-uniform source stays far inside ±25 %.
    for (const count of counts.values()) expect(Math.abs(count - 1250)).toBeLessThan(312);
  });

  it('normalises what people type to the stored form', () => {
    const code = newVerificationCode();
    expect(normaliseVerificationCode(code)).toBe(code);
    expect(normaliseVerificationCode(code.toLowerCase())).toBe(code);
    expect(normaliseVerificationCode(code.replace(/-/g, ''))).toBe(code);
    expect(normaliseVerificationCode(` ${code.replace(/-/g, ' ')} `)).toBe(code);
    expect(normaliseVerificationCode('k7q2–abcd—efgh jkmn pqrs')).toBe('K7Q2-ABCD-EFGH-JKMN-PQRS');
  });

  it('reads I and L as 1, O as 0', () => {
    expect(normaliseVerificationCode('IL0O-iloo-1111-0000-ABCD')).toBe('1100-1100-1111-0000-ABCD');
  });

  it('rejects wrong lengths and characters outside the alphabet', () => {
    expect(normaliseVerificationCode('')).toBeNull();
    expect(normaliseVerificationCode('K7Q2-ABCD-EFGH-JKMN-PQR')).toBeNull();
    expect(normaliseVerificationCode('K7Q2-ABCD-EFGH-JKMN-PQRST')).toBeNull();
    expect(normaliseVerificationCode('K7Q2-ABCD-EFGH-JKMN-PQRU')).toBeNull();
    expect(normaliseVerificationCode('K7Q2-ABCD-EFGH-JKMN-PQR*')).toBeNull();
    expect(normaliseVerificationCode('K7Q2_ABCD_EFGH_JKMN_PQRS')).toBeNull();
    expect(normaliseVerificationCode('-'.repeat(100))).toBeNull();
  });
});
