import type { Font } from 'fontkit';

/** Distinct words kept per font: a few MB at most, and certificates reuse most words anyway. */
const MAX_CACHED_RUNS = 20_000;

interface GlyphRun {
  glyphs: unknown[];
  positions: Record<string, number>[];
}
interface Glyph {
  _decode(): unknown;
}
interface CacheableFont extends Font {
  layout(text: string, features?: unknown): GlyphRun;
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
}

/**
 * Shares the expensive, read-only work of a parsed font across documents. pdfkit keeps a layout
 * cache per document and fontkit decodes a glyph's outline again for every subset, so rendering
 * many certificates repeats both for the same words and glyphs; together they were over half of
 * a render. Here a word's shaping is done once per process, and each glyph's table entry is
 * decoded once.
 *
 * pdfkit scales the positions of a run in place, so each caller gets its own copy of them; glyph
 * objects are fontkit's own shared, cached ones. Only the default shaping is cached: a call with
 * explicit features goes straight through.
 */
export function shareFontCaches(font: Font): Font {
  const f = font as CacheableFont;
  const layout = f.layout.bind(f);
  const runs = new Map<string, GlyphRun>();
  f.layout = (text: string, features?: unknown): GlyphRun => {
    if (features !== undefined) return layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    // Same class (its getters, e.g. advanceWidth, sum the positions), own copy of the positions.
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run, {
      positions: run.positions.map((p) => ({ ...p })),
    });
  };

  const getGlyph = f.getGlyph.bind(f);
  const decoded = new WeakSet<Glyph>();
  f.getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && !decoded.has(glyph)) {
      decoded.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let value: unknown;
      let done = false;
      // The decoded table entry is only read (components, contours), never changed.
      glyph._decode = () => {
        if (!done) [value, done] = [decode(), true];
        return value;
      };
    }
    return glyph;
  };
  return font;
}
