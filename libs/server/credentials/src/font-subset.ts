import type { Font } from 'fontkit';

/** The parts of fontkit's TrueType subset that pdfkit uses (`includeGlyph`, `encode`). */
interface TrueTypeSubset {
  glyphs: number[];
  mapping: Record<number, number>;
  includeGlyph(glyph: number | { id: number }): number;
  encode(): Uint8Array;
}

interface GlyphEntry {
  /** The glyph's bytes as stored in the font's `glyf` table. */
  bytes: Uint8Array;
  /** Composite glyphs: each component's glyph id and where that id sits in `bytes`. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

interface SubsettableFont extends Font {
  createSubset(): TrueTypeSubset;
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  loca: { version: number; offsets: number[] };
  directory: { tables: Record<string, unknown> };
  _variationProcessor?: unknown;
}

/** A table of fontkit's subset file that is the same bytes for every subset of one font. */
interface FixedTable {
  tag: string;
  bytes: Uint8Array;
}

const HHEA_NUMBER_OF_METRICS = 34;
const MAXP_NUM_GLYPHS = 4;

/**
 * fontkit encodes a document's font subset through its generic struct encoder, which was the
 * largest single cost of rendering a certificate: the hinting tables (fpgm, prep, cvt) alone are
 * written value by value for every document although they never change. Here the subset file is
 * assembled from bytes: the unchanging tables are taken once from fontkit's own encoding of a
 * one-glyph subset, each glyph's bytes and metrics are read once per process, and only the glyph
 * data, `loca`, `hmtx` and two counts are written per document. The output is byte for byte what
 * fontkit writes (same table order, zero checksums, same offsets); font-subset.spec.ts holds it to
 * that. Fonts this does not cover (CFF outlines, variable fonts) keep fontkit's encoder.
 */
export function encodeSubsetsFromBytes(font: Font): Font {
  const f = font as SubsettableFont;
  if (!f.directory.tables['glyf'] || f.directory.tables['CFF '] || f._variationProcessor) return font;
  const createSubset = f.createSubset.bind(f);
  const fixed = fixedTables(createSubset());
  const entries = new Map<number, GlyphEntry>();
  const entry = (gid: number): GlyphEntry => {
    let e = entries.get(gid);
    if (!e) {
      e = readGlyph(f, gid);
      entries.set(gid, e);
    }
    return e;
  };
  f.createSubset = () => {
    const subset = createSubset();
    subset.encode = () => encodeSubset(subset, entry, fixed, f.loca.version);
    return subset;
  };
  return font;
}

function readGlyph(f: SubsettableFont, gid: number): GlyphEntry {
  const glyph = f.getGlyph(gid);
  const decoded = glyph._decode();
  const start = f.loca.offsets[gid];
  const stream = f._getTableStream('glyf');
  stream.pos += start;
  // A copy: the font's buffer is shared, and composite glyphs are patched per subset.
  const bytes = Uint8Array.from(stream.readBuffer(f.loca.offsets[gid + 1] - start));
  return {
    bytes,
    components:
      decoded && decoded.numberOfContours < 0
        ? (decoded.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }))
        : null,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  };
}

/** The tables of fontkit's encoding of `probe` (glyph 0 only), in its order; per-subset ones left empty. */
function fixedTables(probe: TrueTypeSubset): FixedTable[] {
  const file = probe.encode();
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const tables: FixedTable[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...file.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    tables.push({ tag, bytes: Uint8Array.from(file.subarray(offset, offset + length)) });
  }
  return tables;
}

function encodeSubset(
  subset: TrueTypeSubset,
  entry: (gid: number) => GlyphEntry,
  fixed: FixedTable[],
  locaVersion: number,
): Uint8Array {
  // As fontkit does: components of composite glyphs join the subset while it is walked.
  const glyf: Uint8Array[] = [];
  const metrics: GlyphEntry[] = [];
  let glyfLength = 0;
  for (let i = 0; i < subset.glyphs.length; i += 1) {
    const e = entry(subset.glyphs[i]);
    let bytes = e.bytes;
    if (e.components) {
      bytes = Uint8Array.from(bytes);
      const view = new DataView(bytes.buffer);
      for (const c of e.components) view.setUint16(c.pos, subset.includeGlyph(c.glyphID));
    }
    glyf.push(bytes);
    metrics.push(e);
    glyfLength += bytes.length;
  }
  const n = glyf.length;
  const locaLength = (n + 1) * (locaVersion === 0 ? 2 : 4);
  const hmtxLength = n * 4;
  const sizes = fixed.map((t) =>
    t.tag === 'glyf'
      ? glyfLength
      : t.tag === 'loca'
        ? locaLength
        : t.tag === 'hmtx'
          ? hmtxLength
          : t.bytes.length,
  );
  const headerLength = 12 + 16 * fixed.length;
  const out = new Uint8Array(headerLength + sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(out.buffer);

  const power = 2 ** Math.floor(Math.log2(fixed.length));
  out.set([0x74, 0x72, 0x75, 0x65]); // 'true', as fontkit tags its subsets
  view.setUint16(4, fixed.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, fixed.length * 16 - power * 16);

  let offset = headerLength;
  fixed.forEach((table, i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k += 1) out[at + k] = table.tag.charCodeAt(k);
    view.setUint32(at + 4, 0); // fontkit leaves checksums 0; PDF readers do not check them
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, sizes[i]);
    switch (table.tag) {
      case 'glyf':
        for (const bytes of glyf) {
          out.set(bytes, offset);
          offset += bytes.length;
        }
        return;
      case 'loca': {
        let glyphOffset = 0;
        for (let g = 0; g <= n; g += 1) {
          if (locaVersion === 0) view.setUint16(offset + g * 2, glyphOffset >>> 1);
          else view.setUint32(offset + g * 4, glyphOffset);
          if (g < n) glyphOffset += glyf[g].length;
        }
        break;
      }
      case 'hmtx':
        metrics.forEach((m, g) => {
          view.setUint16(offset + g * 4, m.advance);
          view.setInt16(offset + g * 4 + 2, m.bearing);
        });
        break;
      default:
        out.set(table.bytes, offset);
        if (table.tag === 'hhea') view.setUint16(offset + HHEA_NUMBER_OF_METRICS, n);
        if (table.tag === 'maxp') view.setUint16(offset + MAXP_NUM_GLYPHS, n);
    }
    offset += sizes[i];
  });
  return out;
}
