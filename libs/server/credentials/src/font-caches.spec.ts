import { readFileSync } from 'node:fs';
import { create as parseFont } from 'fontkit';
import { decodeGlyphsOnce } from './font-caches';

interface Glyph {
  _decode(): unknown;
}
type GlyphFont = { getGlyph(id: number): Glyph };
const dejavu = () =>
  parseFont(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))) as unknown as GlyphFont;

describe('decodeGlyphsOnce', () => {
  // Simple, accented (composite in DejaVu) and Greek glyphs.
  const ids = [36, 98, 171, 600, 1020];

  it('decodes each glyph as the plain font does, once', () => {
    const plain = dejavu();
    const once = decodeGlyphsOnce(dejavu() as never) as unknown as GlyphFont;
    for (const id of ids) {
      const first = once.getGlyph(id)._decode();
      expect(first).toEqual(plain.getGlyph(id)._decode());
      expect(once.getGlyph(id)._decode()).toBe(first);
    }
  });
});
