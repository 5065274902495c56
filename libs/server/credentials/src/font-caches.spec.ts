import { readFileSync } from 'node:fs';
import { create as parseFont } from 'fontkit';
import { decodeGlyphsOnce, rememberCodePoints } from './font-caches';

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

describe('rememberCodePoints', () => {
  type LayoutFont = {
    getGlyph(id: number, codePoints?: number[]): { codePoints: number[] };
    glyphsForString(text: string): { id: number; codePoints: number[] }[];
  };

  it('gives a glyph first made without code points (a composite’s component) those of later text', () => {
    const font = rememberCodePoints(dejavu() as never) as unknown as LayoutFont;
    const id = (dejavu() as unknown as LayoutFont).glyphsForString('o')[0].id;
    // What a subset does for the components of Greek ό: the glyph is made without code points.
    expect(font.getGlyph(id).codePoints).toEqual([]);
    expect(font.glyphsForString('o')[0].codePoints).toEqual([0x6f]);
  });
});
