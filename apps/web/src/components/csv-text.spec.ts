import { decodeCsvText } from './csv-text';

describe('decodeCsvText', () => {
  it('reads what Excel saves as CSV on Windows (Windows-1252) with its accents', () => {
    const bytes = Uint8Array.from([...'email;name\nm@x.eu;Müller Søren José Ç'].map((c) => c.charCodeAt(0)));
    expect(decodeCsvText(bytes)).toBe('email;name\nm@x.eu;Müller Søren José Ç');
  });

  it('reads UTF-8 with or without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('name\nΌλγα Müller');
    expect(decodeCsvText(utf8)).toBe('name\nΌλγα Müller');
    expect(decodeCsvText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('name\nΌλγα Müller');
  });
});
