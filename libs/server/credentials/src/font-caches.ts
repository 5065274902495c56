import type { Font } from 'fontkit';

interface Glyph {
  _decode(): unknown;
}
interface DecodingFont extends Font {
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
}

/**
 * fontkit decodes a glyph's table entry again each time a document's font subset takes the glyph,
 * so every certificate decoded the same glyphs anew. Here each glyph is decoded once per process:
 * the decoded entry (components, contours) is only read, never changed.
 */
export function decodeGlyphsOnce(font: Font): Font {
  const f = font as DecodingFont;
  const getGlyph = f.getGlyph.bind(f);
  const patched = new WeakSet<Glyph>();
  f.getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && !patched.has(glyph)) {
      patched.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let value: unknown;
      let decoded = false;
      glyph._decode = () => {
        if (!decoded) [value, decoded] = [decode(), true];
        return value;
      };
    }
    return glyph;
  };
  return font;
}
