import { PDF_FONTS, renderPdfDocument } from '@campus/server-credentials';
import type { RoadmapLabels } from './roadmap-labels';

/** Everything printed on a roadmap, already formatted in its language. */
export interface RoadmapPdfData {
  language: string;
  labels: RoadmapLabels;
  title: string;
  schoolName: string;
  /** e.g. "1 September 2027 – 31 August 2029". */
  period: string;
  objectives: {
    title: string;
    explanation: string;
    timing: string;
    indicator: string;
    baseline: string;
    target: string;
    current: string;
    actions: { title: string; owner: string; dueOn: string; status: string }[];
  }[];
  activityEstimates: { year: string; activityType: string; participants: string }[];
  exportedAt: Date;
  /** e.g. "Exported on 3 March 2027". */
  exportedText: string;
}

type Doc = PDFKit.PDFDocument;

const PAGE = { width: 595.28, height: 841.89 }; // A4 portrait, points
const MARGIN = { top: 52, bottom: 48, left: 56, right: 56 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const INK = '#1b2b44';
const ACCENT = '#1f5f99';
const MUTED = '#5b6778';
const RULE = '#c9d3df';
const REGULAR: string = PDF_FONTS.regular;
const BOLD: string = PDF_FONTS.bold;

/** Writes top to bottom, starting a new page when the next block does not fit. */
class Writer {
  y = MARGIN.top;
  constructor(private readonly doc: Doc) {}

  keep(height: number): void {
    if (this.y + height > BOTTOM) {
      this.doc.addPage();
      this.y = MARGIN.top;
    }
  }

  heading(text: string, size = 13): void {
    this.keep(50);
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

  text(text: string, size = 10, font = REGULAR, color = INK, indent = 0): void {
    if (!text.trim()) return;
    this.doc.font(font).fontSize(size);
    this.keep(Math.min(this.doc.heightOfString(text, { width: WIDTH - indent }), size * 4));
    this.doc
      .fillColor(color)
      .text(text, MARGIN.left + indent, this.y, { width: WIDTH - indent, lineGap: 1.5 });
    this.y = this.doc.y + 4;
  }

  /** A label and its value on one line (the value wraps under itself). */
  row(label: string, value: string, indent = 0): void {
    const labelWidth = 110;
    const x = MARGIN.left + indent + labelWidth + 8;
    const width = MARGIN.left + WIDTH - x;
    this.doc.font(REGULAR).fontSize(9.5);
    this.keep(Math.min(this.doc.heightOfString(value, { width }), 40) + 2);
    const top = this.y;
    this.doc
      .fontSize(9)
      .fillColor(MUTED)
      .text(label, MARGIN.left + indent, top, { width: labelWidth });
    const labelBottom = this.doc.y;
    this.doc.fontSize(9.5).fillColor(INK).text(value, x, top, { width });
    this.y = (this.doc.y < top ? this.doc.y : Math.max(this.doc.y, labelBottom)) + 2;
  }

  /** A table row of cells at fixed relative widths (fractions of the width). */
  cells(values: string[], widths: number[], font = REGULAR, color = INK, indent = 0): void {
    const total = WIDTH - indent;
    this.doc.font(font).fontSize(9);
    const height = Math.max(
      ...values.map((v, i) => this.doc.heightOfString(v, { width: widths[i] * total - 6 })),
    );
    this.keep(height + 4);
    let x = MARGIN.left + indent;
    values.forEach((v, i) => {
      this.doc.fillColor(color).text(v, x, this.y, { width: widths[i] * total - 6 });
      x += widths[i] * total;
    });
    this.y += height + 4;
  }
}

function layout(doc: Doc, d: RoadmapPdfData): void {
  const { labels } = d;
  const w = new Writer(doc);
  doc.rect(0, 0, PAGE.width, 10).fill(ACCENT);
  doc.font(BOLD).fontSize(11).fillColor(ACCENT).text(d.schoolName, MARGIN.left, w.y, { width: WIDTH });
  doc
    .font(BOLD)
    .fontSize(20)
    .fillColor(INK)
    .text(d.title, MARGIN.left, doc.y + 4, { width: WIDTH });
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor(MUTED)
    .text(labels.document, MARGIN.left, doc.y + 2, { width: WIDTH });
  w.y = doc.y + 8;
  w.row(labels.school, d.schoolName);
  w.row(labels.period, d.period);

  w.heading(labels.objectives);
  d.objectives.forEach((o, i) => {
    w.keep(80);
    w.y += 4;
    w.text(`${i + 1}. ${o.title}`, 11.5, BOLD);
    if (o.explanation) w.row(labels.explanation, o.explanation);
    w.row(labels.timing, o.timing);
    w.row(labels.indicator, o.indicator);
    w.row(
      `${labels.baseline} / ${labels.target} / ${labels.current}`,
      `${o.baseline} / ${o.target} / ${o.current}`,
    );
    w.y += 2;
    w.text(labels.actions, 9.5, BOLD, ACCENT);
    if (!o.actions.length) w.text(labels.noActions, 9, REGULAR, MUTED, 12);
    else {
      const widths = [0.46, 0.22, 0.14, 0.18];
      w.cells([labels.actions, labels.owner, labels.dueOn, labels.status], widths, BOLD, MUTED, 12);
      for (const a of o.actions) w.cells([a.title, a.owner, a.dueOn, a.status], widths, REGULAR, INK, 12);
    }
  });

  if (d.activityEstimates.length) {
    w.heading(labels.activityEstimates);
    const widths = [0.2, 0.5, 0.3];
    w.cells([labels.year, labels.activityType, labels.participants], widths, BOLD, MUTED);
    for (const e of d.activityEstimates) w.cells([e.year, e.activityType, e.participants], widths);
  }

  w.y += 10;
  w.text(d.exportedText, 8.5, REGULAR, MUTED);
}

/** An A4 PDF of the roadmap in its language (the PDF's /Lang too). */
export function renderRoadmapPdf(d: RoadmapPdfData): Promise<Buffer> {
  return renderPdfDocument(
    {
      layout: 'portrait',
      margins: MARGIN,
      language: d.language,
      title: d.title,
      author: d.schoolName,
      subject: d.labels.document,
      createdAt: d.exportedAt,
    },
    (doc) => layout(doc, d),
  );
}
