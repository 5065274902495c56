import { readFileSync } from 'node:fs';
import { create as parseFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { decodeGlyphsOnce, rememberCodePoints } from './font-caches';
import { encodeSubsetsFromBytes } from './font-subset';

type Doc = PDFKit.PDFDocument;

/** The names every Campus PDF registers its fonts under. */
export const PDF_FONTS = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

let loadedFonts: { regular: Font; bold: Font } | undefined;
let fontFileReads = 0;

/**
 * DejaVu Sans covers Latin (with every accent the UI languages use) and Greek. The files are read
 * and parsed once per process; each document registers the parsed fonts and embeds a subset of the
 * glyphs it uses. Parsing is most of the cost of a render (DejaVu's layout tables are large), so
 * the parsed fonts, not only the bytes, are kept: they are read-only once parsed.
 */
function fonts(): { regular: Font; bold: Font } {
  if (!loadedFonts) {
    fontFileReads += 1;
    const load = (file: string) =>
      encodeSubsetsFromBytes(
        rememberCodePoints(
          decodeGlyphsOnce(parseFont(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)))),
        ),
      );
    loadedFonts = { regular: load('DejaVuSans.ttf'), bold: load('DejaVuSans-Bold.ttf') };
  }
  return loadedFonts;
}

/** How many times this process read the font files: 1 after any number of renders. */
export function pdfFontReads(): number {
  return fontFileReads;
}

/** Documents served by one layout cache before it starts afresh (each adds a few new words). */
const DOCUMENTS_PER_LAYOUT_CACHE = 5_000;
const sharedLayouts = new Map<string, { words: Record<string, unknown>; documents: number }>();

/**
 * pdfkit lays out each word once per document (its cache lives on the document's font object),
 * so every document shaped the same words again. Its cached runs are already scaled to the font
 * and only read afterwards, so one cache per font serves every document of the process.
 * Reaches into pdfkit's font object; if that changes, the document simply keeps its own cache.
 */
function shareLayoutCache(doc: Doc, name: string): void {
  doc.font(name);
  const font = (doc as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
  if (!font?.layoutCache) return;
  let shared = sharedLayouts.get(name);
  if (!shared || shared.documents >= DOCUMENTS_PER_LAYOUT_CACHE) {
    shared = { words: Object.create(null) as Record<string, unknown>, documents: 0 };
    sharedLayouts.set(name, shared);
  }
  shared.documents += 1;
  font.layoutCache = shared.words;
}

/** What every Campus PDF sets up: page, language and metadata. */
export interface PdfDocumentSetup {
  layout: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  /** BCP 47 language of the labels and texts (the PDF's /Lang). */
  language: string;
  title: string;
  author: string;
  subject?: string;
  /** The PDF's creation (and modification) date: the same data renders to the same file. */
  createdAt: Date;
}

/**
 * An A4 document in the shared fonts (DejaVu Sans regular and bold, registered under
 * `PDF_FONTS`), drawn by `draw`; resolves with the file's bytes.
 */
export function renderPdfDocument(d: PdfDocumentSetup, draw: (doc: Doc) => void): Promise<Buffer> {
  const { regular, bold } = fonts();
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: d.layout,
      margins: d.margins,
      lang: d.language,
      displayTitle: true,
      pdfVersion: '1.7',
      // No default font: pdfkit would otherwise parse Helvetica's metrics for every document.
      font: null as unknown as string,
      info: {
        Title: d.title,
        Author: d.author,
        ...(d.subject !== undefined ? { Subject: d.subject } : {}),
        Creator: 'Campus',
        Producer: 'Campus',
        CreationDate: d.createdAt,
        ModDate: d.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      // pdfkit takes a parsed fontkit font where it takes bytes (PDFFontFactory.open); its types do not say so.
      doc.registerFont(PDF_FONTS.regular, regular as unknown as Buffer);
      doc.registerFont(PDF_FONTS.bold, bold as unknown as Buffer);
      shareLayoutCache(doc, PDF_FONTS.regular);
      shareLayoutCache(doc, PDF_FONTS.bold);
      draw(doc);
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
