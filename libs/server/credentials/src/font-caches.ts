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

interface CodePointGlyph {
  codePoints: number[];
}
interface CodePointFont extends Font {
  getGlyph(id: number, codePoints?: number[]): CodePointGlyph | null;
}

/**
 * fontkit keeps one glyph object per id for the life of the font, with the code points of the
 * call that first made it. A document's font subset asks for the components of composite glyphs
 * without code points (DejaVu builds Greek Ο, Τ, Μ, ό … from the Latin O, T, M, o), so after one
 * Greek document those Latin glyphs had none, and every later document's text layer (ToUnicode:
 * copy, search, screen readers, the tests' pdftotext) lost those letters although they were drawn.
 * Here a glyph that has no code points yet takes those of the first call that knows them.
 */
export function rememberCodePoints(font: Font): Font {
  const f = font as CodePointFont;
  const getGlyph = f.getGlyph.bind(f);
  f.getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && codePoints?.length && !glyph.codePoints.length) glyph.codePoints = codePoints;
    return glyph;
  };
  return font;
}
