import { parseRange } from './file-downloads.service';

describe('parseRange', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=-5000', { start: 0, end: 999 }],
  ])('reads %s', (header, range) => expect(parseRange(header, 1000)).toEqual(range));

  it.each(['bytes=1000-', 'bytes=5-2', 'bytes=-0'])('finds %s unsatisfiable', (header) =>
    expect(parseRange(header, 1000)).toBe('unsatisfiable'),
  );

  it.each([undefined, '', 'bytes=-', 'bytes=0-1,5-9', 'items=0-9'])(
    'serves the whole file for %s',
    (header) => expect(parseRange(header, 1000)).toBeNull(),
  );
});
