import { parseCsv } from './csv-reader';
import { csvHeader } from './csv-labels';
import { csvCell, csvFormat, fixed, separatorForLocale, toCsv } from './csv-writer';

describe('csvCell', () => {
  it('quotes every cell, doubling inner quotes', () => {
    expect(csvCell('Rossi')).toBe('"Rossi"');
    expect(csvCell('Rossi, Gigi')).toBe('"Rossi, Gigi"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Αλέξανδρος')).toBe('"Αλέξανδρος"');
    expect(csvCell('')).toBe('""');
    expect(csvCell(null)).toBe('""');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}SUM(A1)`)).toBe(`"'${start}SUM(A1)"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+39 051')).toBe(`"'+39 051"`);
  });

  it('writes numbers with the decimal mark of the locale, never as formulas', () => {
    expect(csvCell(0.25, 'en')).toBe('"0.25"');
    expect(csvCell(0.25, 'de')).toBe('"0,25"');
    expect(csvCell(-0.125, 'it')).toBe('"-0,125"');
    expect(csvCell(fixed(2 / 3, 3), 'sv')).toBe('"0,667"');
    expect(fixed(null, 3)).toBeNull();
  });
});

describe('separatorForLocale', () => {
  it('is ; where the decimal mark is a comma and , for English', () => {
    for (const l of ['it', 'de', 'es', 'pt', 'el', 'fi', 'sv', 'de-AT'])
      expect(separatorForLocale(l)).toBe('semicolon');
    expect(separatorForLocale('en')).toBe('comma');
    expect(csvFormat('de', 'tab')).toEqual({ locale: 'de', separator: 'tab' });
    expect(csvFormat('de')).toEqual({ locale: 'de', separator: 'semicolon' });
  });
});

describe('toCsv', () => {
  it('writes a byte-order mark, the separator of the format and CRLF line ends', () => {
    const rows = [csvHeader('de', ['name', 'email']), ['Müller', 'm@x.eu']];
    expect(toCsv(rows, csvFormat('de'))).toBe('\uFEFF"Name";"E-Mail"\r\n"Müller";"m@x.eu"\r\n');
    expect(toCsv(rows, csvFormat('de', 'comma'))).toBe('\uFEFF"Name","E-Mail"\r\n"Müller","m@x.eu"\r\n');
    expect(toCsv(rows, csvFormat('de', 'tab'))).toBe('\uFEFF"Name"\t"E-Mail"\r\n"Müller"\t"m@x.eu"\r\n');
    expect(toCsv([csvHeader('el', ['name', 'course'])], csvFormat('el'))).toBe('\uFEFF"Όνομα";"Μάθημα"\r\n');
  });

  it('keeps a formula guarded when a reader splits cells on ; (no cell starts with = after splitting)', () => {
    const evil = 'Rossi;=cmd|" /C calc"!A0';
    // Written for an English reader (`,`) and opened by Excel set to German (`;`): the quotes
    // keep the cell whole, so no cell starts with `=`.
    const text = toCsv(
      [
        ['name', 'email'],
        [evil, 'a@x.eu'],
      ],
      csvFormat('en'),
    );
    const asSemicolon = parseCsv(text, ';').flatMap((r) => r.cells);
    expect(asSemicolon.some((c) => /^[=+\-@]/.test(c))).toBe(false);
    expect(parseCsv(text)[1]?.cells).toEqual([evil, 'a@x.eu']);
    const leading = toCsv([['name'], ['=1+1;x']], csvFormat('de'));
    expect(leading.split('\r\n')[1]).toBe(`"'=1+1;x"`);
  });

  it('round-trips through the reader in every separator', () => {
    const rows = [
      ['email', 'name'],
      ['a@x.eu', 'Rossi, "Gigi"; tab\there'],
    ];
    for (const sep of ['comma', 'semicolon', 'tab'] as const)
      expect(parseCsv(toCsv(rows, csvFormat('en', sep))).map((r) => r.cells)).toEqual(rows);
  });
});
