import { readFileSync } from 'node:fs';
import { create as parseFont, type Font } from 'fontkit';
import { decodeGlyphsOnce } from './font-caches';
import { encodeSubsetsFromBytes } from './font-subset';

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
type SubsetFont = Font & {
  createSubset(): Subset;
  glyphsForString(text: string): { id: number }[];
};
const load = (file: string) =>
  parseFont(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))) as SubsetFont;

/** The glyph ids a document writing `text` puts in its subset, in order of first use. */
const subsetOf = (font: SubsetFont, text: string): Subset => {
  const subset = font.createSubset();
  for (const glyph of font.glyphsForString(text)) subset.includeGlyph(glyph.id);
  return subset;
};

describe('encodeSubsetsFromBytes', () => {
  const texts = [
    'A',
    'Certificate of completion: Partnerships in VET',
    'Ελένη Παπαδοπούλου, Πιστοποιητικό ολοκλήρωσης',
    // Most accented letters (Latin and Greek) are composite glyphs in DejaVu: their components
    // join the subset while it is encoded.
    'Zoë Ångström-Łukasiewicz, façade, naïve, Škoda, Ŵŷ ǅ ǻ',
    '… and 12 more • 87,5 % 3 March 2026 AAAA-BBBB-CCCC-DDDD-EEEE http://127.0.0.1/verify/X',
  ];

  it.each(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'])(
    'writes the same bytes as fontkit for every subset of %s',
    (file) => {
      const plain = load(file);
      const fast = encodeSubsetsFromBytes(decodeGlyphsOnce(load(file))) as SubsetFont;
      for (const text of [...texts, texts.join(' ')]) {
        const expected = Buffer.from(subsetOf(plain, text).encode());
        // Twice: the second subset reads every glyph from the per-process cache.
        expect(Buffer.from(subsetOf(fast, text).encode()).equals(expected)).toBe(true);
        expect(Buffer.from(subsetOf(fast, text).encode()).equals(expected)).toBe(true);
      }
    },
  );

  it('takes composite glyphs’ components into the subset, as fontkit does', () => {
    const fast = encodeSubsetsFromBytes(load('DejaVuSans.ttf')) as SubsetFont;
    const subset = subsetOf(fast, 'ä') as Subset & { glyphs: number[] };
    const before = subset.glyphs.length;
    subset.encode();
    expect(subset.glyphs.length).toBeGreaterThan(before);
  });
});
