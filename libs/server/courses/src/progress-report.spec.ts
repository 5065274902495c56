import { csvCell } from './progress-report.service';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('Rossi, Gigi')).toBe('"Rossi, Gigi"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises cells that spreadsheet programs would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+39 051')).toBe("'+39 051");
    expect(csvCell('Αλέξανδρος')).toBe('Αλέξανδρος');
  });
});
