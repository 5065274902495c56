import { MAX_CSV_ROWS, parseCsv, readCsvRecords } from './csv';

describe('parseCsv', () => {
  it('reads a header and rows with CRLF line ends and a byte-order mark', () => {
    expect(parseCsv('\uFEFFemail,role\r\na@x.eu,learner\r\nb@x.eu,trainer\r\n')).toEqual([
      { line: 1, cells: ['email', 'role'] },
      { line: 2, cells: ['a@x.eu', 'learner'] },
      { line: 3, cells: ['b@x.eu', 'trainer'] },
    ]);
  });

  it('keeps commas, quotes and newlines inside quoted fields and counts lines correctly', () => {
    const rows = parseCsv('email,name\n"a@x.eu","Rossi, ""Gigi""\nsecond line"\nb@x.eu,Όλγα\n');
    expect(rows[1]).toEqual({ line: 2, cells: ['a@x.eu', 'Rossi, "Gigi"\nsecond line'] });
    expect(rows[2]).toEqual({ line: 4, cells: ['b@x.eu', 'Όλγα'] });
  });

  it('uses semicolons when the header does', () => {
    expect(parseCsv('email;role\nc@x.eu;manager')).toEqual([
      { line: 1, cells: ['email', 'role'] },
      { line: 2, cells: ['c@x.eu', 'manager'] },
    ]);
  });

  it('skips blank lines but keeps the line numbers of the rows after them', () => {
    expect(parseCsv('email\n\n  \nd@x.eu\n').map((r) => r.line)).toEqual([1, 4]);
  });
});

describe('readCsvRecords', () => {
  it('reads cells by header name, trimmed, with empty strings for absent columns', () => {
    const [row] = readCsvRecords('Email; Role\n a@x.eu ;trainer', ['email']);
    expect(row?.line).toBe(2);
    expect([row?.get('email'), row?.get('role'), row?.get('name')]).toEqual(['a@x.eu', 'trainer', '']);
  });

  it('refuses a file without a required column, naming it in the csv field', () => {
    expect(() => readCsvRecords('name\nBob', ['email'])).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: { errors: [{ field: 'csv', message: 'Missing "email" column in the header row.' }] },
      }),
    );
  });

  it('refuses more rows than the limit before reading any', () => {
    const csv = ['email', ...Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `p${i}@x.eu`)].join('\n');
    expect(() => readCsvRecords(csv, ['email'])).toThrow(/at most 2000 rows/);
  });
});
