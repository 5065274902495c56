/**
 * PDF text and attachments for tests, read by PDF.js (pdfjs-dist) in this process: no poppler
 * (pdftotext, pdfdetach) on the machine. PDF.js is an independent reader, so a PDF it reads is one
 * a browser's viewer reads too.
 */

import { randomUUID } from 'node:crypto';

type TextItem = { str: string; transform: number[]; width: number; hasEOL?: boolean };
type PdfPage = { getTextContent(): Promise<{ items: (TextItem | { type: string })[] }> };
type PdfDocument = {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getAttachments(): Promise<Record<string, { filename: string; content: Uint8Array }> | null>;
  destroy(): Promise<void>;
};
type PdfJs = {
  getDocument(src: {
    data: Uint8Array;
    verbosity: number;
    isEvalSupported: boolean;
    useSystemFonts: boolean;
  }): { promise: Promise<PdfDocument> };
};

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdfjs-dist ships ES modules only. The test transform compiles `import()` into `require()`,
 * which cannot load them, so the import is built at run time (Jest runs with
 * --experimental-vm-modules, which loads ES modules for it). The source is unique per test file:
 * Node 26 reuses a function compiled from the same source across Jest's per-file contexts, and with
 * it the first file's (torn down) module loader.
 */
function loadPdfJs(): Promise<PdfJs> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a constant import expression, not data
  const importModule = new Function('specifier', `return import(specifier); // ${randomUUID()}`) as (
    specifier: string,
  ) => Promise<PdfJs>;
  pdfjs ??= importModule('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

async function openPdf(pdf: Uint8Array): Promise<PdfDocument> {
  const pdfjsLib = await loadPdfJs();
  // PDF.js may take ownership of (detach) the buffer it is given: hand it a copy.
  return pdfjsLib.getDocument({
    data: new Uint8Array(pdf),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
}

/** One page's text: items on the same baseline form a line (left to right), lines top to bottom. */
function pageText(items: TextItem[]): string {
  const lines: { y: number; items: TextItem[] }[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const y = item.transform[5];
    const size = Math.abs(item.transform[3]) || 1;
    let line = lines.find((l) => Math.abs(l.y - y) < size * 0.4);
    if (!line) {
      line = { y, items: [] };
      lines.push(line);
    }
    line.items.push(item);
  }
  lines.sort((a, b) => b.y - a.y);
  return lines
    .map((line) => {
      const sorted = line.items.sort((a, b) => a.transform[4] - b.transform[4]);
      let text = '';
      let end = -Infinity;
      for (const item of sorted) {
        const x = item.transform[4];
        const size = Math.abs(item.transform[3]) || 1;
        // A gap wider than a fifth of the font size is a word space that the PDF did not draw.
        if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && x - end > size * 0.2) text += ' ';
        text += item.str;
        end = x + item.width;
      }
      return text;
    })
    .join('\n');
}

/** The text of every page of a PDF, pages separated by a form feed (as pdftotext does). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await openPdf(pdf);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(pageText(content.items.filter((i): i is TextItem => 'str' in i)));
    }
    return `${pages.join('\n\f')}\n`;
  } finally {
    await doc.destroy();
  }
}

/** The names of the files attached to a PDF (its EmbeddedFiles), as a viewer lists them. */
export async function pdfAttachmentNames(pdf: Uint8Array): Promise<string[]> {
  const doc = await openPdf(pdf);
  try {
    return Object.values((await doc.getAttachments()) ?? {}).map((a) => a.filename);
  } finally {
    await doc.destroy();
  }
}
