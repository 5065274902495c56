import { readFileSync } from 'node:fs';
import { create as parseFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import {
  MIN_PEER_SCHOOLS,
  radarPoint,
  radarSeries,
  type RadarSeries,
  type RoundResultsView,
} from '@campus/contracts';
import { RESULTS_LABELS, fill, longDate, scoreText, type ResultsLabels } from './results-pdf-labels';

type Doc = PDFKit.PDFDocument;

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
let loadedFonts: { regular: Font; bold: Font } | undefined;

/**
 * The same fonts and document set-up as `renderPdfDocument` of `@campus/server-credentials`, which
 * this lib cannot import: the credentials tests use `@campus/server-testing`, whose test databases
 * get the shipped framework from this lib (an Nx dependency cycle).
 *
 * DejaVu Sans covers every accent of the eight languages and Greek. Parsing it is most of the
 * cost of a render, so each file is read and parsed once per process; the parsed font is only
 * read afterwards, and each document embeds the subset it uses.
 */
function fonts(): { regular: Font; bold: Font } {
  if (!loadedFonts) {
    const load = (file: string) => parseFont(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    loadedFonts = { regular: load('DejaVuSans.ttf'), bold: load('DejaVuSans-Bold.ttf') };
  }
  return loadedFonts;
}

const PAGE = { width: 595.28, height: 841.89 }; // A4 portrait, points
const MARGIN = { top: 48, bottom: 48, left: 56, right: 56 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const INK = '#1b2b44';
const ACCENT = '#1f5f99';
const MUTED = '#5b6778';
const RULE = '#c9d3df';
/** Series colours, distinguishable in greyscale print too (each series also has its own dash). */
const COLOURS = ['#1f5f99', '#c0392b', '#2e7d32', '#8e44ad', '#d35400', '#00838f', '#6d4c41', '#455a64'];

/** Writes top to bottom, starting a new page when the next block would not fit. */
class Writer {
  y = MARGIN.top;
  constructor(readonly doc: Doc) {}

  keep(height: number): void {
    if (this.y + height > BOTTOM) {
      this.doc.addPage();
      this.y = MARGIN.top;
    }
  }

  heading(text: string, size = 13): void {
    this.keep(70);
    this.y += 8;
    this.doc.font(BOLD).fontSize(size).fillColor(ACCENT).text(text, MARGIN.left, this.y, { width: WIDTH });
    this.y = this.doc.y + 3;
    this.doc
      .lineWidth(0.5)
      .strokeColor(RULE)
      .moveTo(MARGIN.left, this.y)
      .lineTo(MARGIN.left + WIDTH, this.y)
      .stroke();
    this.y += 5;
  }

  paragraph(text: string, size = 9.5, color = MUTED): void {
    this.doc.font(REGULAR).fontSize(size);
    this.keep(this.doc.heightOfString(text, { width: WIDTH }) + 4);
    this.doc.fillColor(color).text(text, MARGIN.left, this.y, { width: WIDTH, lineGap: 1.5 });
    this.y = this.doc.y + 5;
  }

  /** A text on the left and a value in a right-hand column, e.g. a group and its score. */
  row(label: string, value: string, options: { bold?: boolean; indent?: number } = {}): void {
    const valueWidth = 110;
    const indent = options.indent ?? 0;
    const textWidth = WIDTH - valueWidth - 10 - indent;
    this.doc.font(options.bold ? BOLD : REGULAR).fontSize(9.5);
    const height = Math.max(this.doc.heightOfString(label, { width: textWidth }), 11);
    this.keep(height + 4);
    const top = this.y;
    this.doc.fillColor(INK).text(label, MARGIN.left + indent, top, { width: textWidth });
    const bottom = this.doc.y;
    this.doc.text(value, MARGIN.left + WIDTH - valueWidth, top, { width: valueWidth, align: 'right' });
    this.y = Math.max(bottom, this.doc.y) + 3;
  }
}

/** The radar chart as vector graphics: rings 1-5, an axis per area (numbered), a polygon per series. */
function drawRadar(w: Writer, series: RadarSeries[], areaCount: number): void {
  const { doc } = w;
  const radius = 120;
  const legendHeight = 14 * series.length;
  w.keep(radius * 2 + 50 + legendHeight);
  const cx = MARGIN.left + WIDTH / 2;
  const cy = w.y + radius + 18;
  doc.lineWidth(0.5).strokeColor(RULE);
  for (let ring = 1; ring <= 5; ring++) {
    const pts = Array.from({ length: areaCount }, (_, i) => radarPoint(i, areaCount, ring, radius, cx, cy));
    doc.polygon(...pts.map((p): [number, number] => [p.x, p.y])).stroke();
    doc
      .font(REGULAR)
      .fontSize(6.5)
      .fillColor(MUTED)
      .text(String(ring), cx + 2, cy - (radius * ring) / 5 - 8, { lineBreak: false });
  }
  for (let i = 0; i < areaCount; i++) {
    const end = radarPoint(i, areaCount, 5, radius, cx, cy);
    doc.strokeColor(RULE).moveTo(cx, cy).lineTo(end.x, end.y).stroke();
    const label = radarPoint(i, areaCount, 5, radius * 1.12, cx, cy); // just outside the ring
    doc
      .font(BOLD)
      .fontSize(9)
      .fillColor(INK)
      .text(String(i + 1), label.x - 10, label.y - 5, { width: 20, align: 'center', lineBreak: false });
  }
  series.forEach((s, n) => {
    const colour = COLOURS[n % COLOURS.length];
    doc.lineWidth(1.6).strokeColor(colour);
    if (n > 0) doc.dash(2 + n, { space: 2 });
    const points = s.values.map((v, i) => radarPoint(i, areaCount, v, radius, cx, cy));
    doc
      .polygon(...points.map((p): [number, number] => [p.x, p.y]))
      .stroke()
      .undash();
  });
  w.y = cy + radius + 26;
  series.forEach((s, n) => {
    const colour = COLOURS[n % COLOURS.length];
    doc.lineWidth(1.6).strokeColor(colour);
    if (n > 0) doc.dash(2 + n, { space: 2 });
    doc
      .moveTo(MARGIN.left + 150, w.y + 5)
      .lineTo(MARGIN.left + 180, w.y + 5)
      .stroke()
      .undash();
    doc
      .font(REGULAR)
      .fontSize(9)
      .fillColor(INK)
      .text(s.label, MARGIN.left + 188, w.y, { width: WIDTH - 188, lineBreak: false });
    w.y += 14;
  });
}

function layout(doc: Doc, view: RoundResultsView, labels: ResultsLabels, producedAt: Date): void {
  const w = new Writer(doc);
  const locale = view.locale;
  const hidden = fill(labels.hiddenFewer, { n: view.minGroupSize });
  doc.rect(0, 0, PAGE.width, 10).fill(ACCENT);

  doc
    .font(BOLD)
    .fontSize(11)
    .fillColor(ACCENT)
    .text(view.organisationName, MARGIN.left, w.y, { width: WIDTH });
  doc
    .font(BOLD)
    .fontSize(22)
    .fillColor(INK)
    .text(labels.title, MARGIN.left, doc.y + 6, { width: WIDTH });
  doc
    .font(BOLD)
    .fontSize(12)
    .fillColor(INK)
    .text(view.title, MARGIN.left, doc.y + 6, { width: WIDTH });
  doc.font(REGULAR).fontSize(9.5).fillColor(MUTED);
  doc.text(`${labels.framework}: ${view.framework.title}`, MARGIN.left, doc.y + 4, { width: WIDTH });
  const status =
    view.status === 'closed' && view.closedAt
      ? fill(labels.closedOn, { date: longDate(view.closedAt, locale) })
      : fill(labels.openSoFar, { date: longDate(producedAt, locale) });
  doc.text(status, MARGIN.left, doc.y + 2, { width: WIDTH });
  doc.text(fill(labels.producedOn, { date: longDate(producedAt, locale) }), MARGIN.left, doc.y + 2, {
    width: WIDTH,
  });
  w.y = doc.y + 6;
  w.paragraph(fill(labels.scale, { n: view.minGroupSize }), 8.5);

  w.heading(labels.respondents);
  for (const g of view.respondents.byGroup)
    w.row(labels.groups[g.group], g.shown ? String(g.count) : `${g.count} (${hidden})`);
  w.row(labels.total, String(view.respondents.total), { bold: true });
  if (!view.peers.shown) w.paragraph(fill(labels.peersHidden, { n: MIN_PEER_SCHOOLS }), 8.5);

  w.heading(labels.chart);
  drawRadar(
    w,
    radarSeries(view, {
      overall: labels.overall,
      group: (g) => labels.groups[g],
      earlier: (title) => `${labels.earlier}: ${title}`,
      peers: labels.peerMedian,
    }),
    view.areas.length,
  );

  view.areas.forEach((area, i) => {
    w.heading(`${i + 1}. ${area.title}`, 11.5);
    w.row(labels.overall, scoreText(area.score, locale), { bold: true });
    for (const g of view.respondents.byGroup)
      w.row(labels.groups[g.group], g.shown ? scoreText(area.byGroup[g.group], locale) : hidden, {
        indent: 10,
      });
    w.row(labels.spread, scoreText(area.spread, locale));
    for (const e of area.earlier)
      w.row(`${labels.earlier}: ${e.title} (${longDate(e.closedAt, locale)})`, scoreText(e.score, locale));
    if (view.peers.shown) w.row(labels.peerMedian, scoreText(area.peerMedian, locale));
    w.y += 4;
    for (const s of area.statements) w.row(s.text, scoreText(s.score, locale), { indent: 10 });
  });

  if (view.customQuestions.length > 0) {
    w.heading(labels.customQuestions);
    for (const q of view.customQuestions) w.row(q.text, scoreText(q.score, locale));
  }
}

/** The results for the school board: A4, one radar chart and a table per area, in the view's language. */
export function renderResultsPdf(view: RoundResultsView, producedAt: Date): Promise<Buffer> {
  const { regular, bold } = fonts();
  const labels = RESULTS_LABELS[view.locale];
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      lang: view.locale,
      displayTitle: true,
      pdfVersion: '1.7',
      // No default font: pdfkit would otherwise parse Helvetica's metrics for every document.
      font: null as unknown as string,
      info: {
        Title: `${labels.title}: ${view.title}`,
        Author: view.organisationName,
        Creator: 'Campus',
        Producer: 'Campus',
        CreationDate: producedAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      // pdfkit takes a parsed fontkit font where it takes bytes (PDFFontFactory.open); its types do not say so.
      doc.registerFont(REGULAR, regular as unknown as Buffer);
      doc.registerFont(BOLD, bold as unknown as Buffer);
      layout(doc, view, labels, producedAt);
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
