import { MAX_CSV_BYTES, MAX_CSV_ROWS, decodeCsvBytes, parseCsv, readCsvRecords } from './csv-reader';

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

describe('reading what Excel writes in every partner country', () => {
  it('sniffs tab- and semicolon-separated headers even when a header cell holds a comma', () => {
    expect(parseCsv('email\tname\nc@x.eu\tRossi, Gigi').map((r) => r.cells)).toEqual([
      ['email', 'name'],
      ['c@x.eu', 'Rossi, Gigi'],
    ]);
    expect(parseCsv('"Name, full";email;role\nA, B;a@x.eu;learner')[1]?.cells).toEqual([
      'A, B',
      'a@x.eu',
      'learner',
    ]);
  });

  it('reads the headers of a downloaded export in any language back as columns', () => {
    const [row] = readCsvRecords('"Nome";"E-Mail";"Rolle"\r\n"Gigi";"g@x.eu";"trainer"\r\n', [
      'email',
      'name',
    ]);
    expect([row?.get('email'), row?.get('name'), row?.get('role')]).toEqual(['g@x.eu', 'Gigi', 'trainer']);
    const [greek] = readCsvRecords('Όνομα\tEmail\tΡόλος\nΌλγα\to@x.eu\tmanager', ['email']);
    expect([greek?.get('email'), greek?.get('name'), greek?.get('role')]).toEqual([
      'o@x.eu',
      'Όλγα',
      'manager',
    ]);
  });

  it('decodes Windows-1252 (invalid UTF-8) and UTF-8 with or without a byte-order mark', () => {
    const latin = Buffer.from('email;name\r\nm@x.eu;Müller Søren José Ça€\r\n', 'latin1');
    latin[latin.length - 3] = 0x80; // the euro sign is 0x80 in Windows-1252, not in Latin-1
    expect(decodeCsvBytes(latin)).toBe('email;name\r\nm@x.eu;Müller Søren José Ça€\r\n');
    expect(decodeCsvBytes(Buffer.from('name\nΌλγα Müller', 'utf8'))).toBe('name\nΌλγα Müller');
    expect(decodeCsvBytes(Buffer.from('\uFEFFname\nJosé', 'utf8'))).toBe('name\nJosé');
    expect(decodeCsvBytes(Buffer.from('\uFEFFname\tJosé', 'utf16le'))).toBe('name\tJosé');
  });

  it('refuses a file over the byte cap with 413 FILE_TOO_LARGE', () => {
    expect(() => decodeCsvBytes(new Uint8Array(MAX_CSV_BYTES + 1))).toThrow(
      expect.objectContaining({ code: 'FILE_TOO_LARGE' }),
    );
  });
});
