import { readFileSync } from 'node:fs';
import { create as parseFont } from 'fontkit';
import { shareFontCaches } from './font-caches';

interface Run {
  advanceWidth: number;
  glyphs: { id: number }[];
  positions: Record<string, number>[];
}
const dejavu = () => parseFont(readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));
const shape = (font: ReturnType<typeof dejavu>, text: string) => font.layout(text) as Run;
const summary = (r: Run) => ({
  advanceWidth: r.advanceWidth,
  glyphs: r.glyphs.map((g) => g.id),
  positions: r.positions.map((p) => ({ ...p })),
});

describe('shareFontCaches', () => {
  const words = ['Παπαδοπούλου', 'Ångström', 'fi', 'Zoë', 'Erasmus+'];

  it('shapes every word exactly as the plain font does', () => {
    const plain = dejavu();
    const shared = shareFontCaches(dejavu());
    for (const word of words) {
      expect(summary(shape(shared, word))).toEqual(summary(shape(plain, word)));
      // the second time comes from the cache
      expect(summary(shape(shared, word))).toEqual(summary(shape(plain, word)));
    }
  });

  it('hands each caller its own positions, so scaling one run in place leaves the next untouched', () => {
    const shared = shareFontCaches(dejavu());
    const first = shape(shared, 'Ελένη');
    const width = first.advanceWidth;
    for (const p of first.positions) p.xAdvance *= 10; // what pdfkit does to a run it gets
    expect(first.advanceWidth).toBeCloseTo(width * 10);
    expect(shape(shared, 'Ελένη').advanceWidth).toBe(width);
  });
});
