import { drawCredentialQr, renderCredentialDocument } from '@campus/server-credentials';
import type { MobilityRecordLabels } from './mobility-pdf-labels';

/** Everything printed on a mobility record, already formatted in the holder's language. */
export interface MobilityRecordPdfData {
  language: string;
  labels: MobilityRecordLabels;
  holderName: string;
  sending: { name: string; country: string; city: string | null };
  host: { name: string; address: string; city: string; country: string; website: string };
  activityName: string;
  /** e.g. "1 March 2027 – 5 March 2027". */
  dates: string;
  durationDays: number | null;
  hours: string;
  objectives: string;
  outcomes: { statement: string; rating: string }[];
  statement: string | null;
  mentor: { name: string; role: string } | null;
  verifyUrl: string;
  verificationCode: string;
  credentialJwt: string;
  /** The PDF's creation date, so rendering the same credential twice gives the same file. */
  issuedAt: Date;
  /** e.g. "Issued on 6 March 2027 by Demo VET School." */
  issuedText: string;
}

type Doc = PDFKit.PDFDocument;

const PAGE = { width: 595.28, height: 841.89 }; // A4 portrait, points
const MARGIN = { top: 52, bottom: 40, left: 56, right: 56 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const LABEL_WIDTH = 130;
const INK = '#1b2b44';
const ACCENT = '#1f5f99';
const MUTED = '#5b6778';
const RULE = '#c9d3df';

/**
 * Lays the record out top to bottom like Europass Mobility: the verification QR code and code
 * beside the title, then the holder, the sending and host organisations, the mobility, its
 * objectives, the skills and competences acquired (5a) and the host mentor, and how to check it.
 * Long texts flow onto further pages.
 */
class RecordWriter {
  y = MARGIN.top;
  constructor(
    private readonly doc: Doc,
    private readonly regular: string,
    private readonly bold: string,
  ) {}

  /** Starts a new page unless `height` still fits on this one. */
  keep(height: number): void {
    if (this.y + height > BOTTOM) {
      this.doc.addPage();
      this.y = MARGIN.top;
    }
  }

  heading(text: string): void {
    this.keep(60);
    this.y += 8;
    this.doc.font(this.bold).fontSize(12).fillColor(ACCENT);
    this.doc.text(text, MARGIN.left, this.y, { width: WIDTH });
    this.y = this.doc.y + 3;
    this.doc
      .lineWidth(0.5)
      .strokeColor(RULE)
      .moveTo(MARGIN.left, this.y)
      .lineTo(MARGIN.left + WIDTH, this.y)
      .stroke();
    this.y += 5;
  }

  /** A label and its value side by side; the value may run onto the next page. */
  row(label: string, value: string): void {
    if (!value.trim()) return;
    const valueX = MARGIN.left + LABEL_WIDTH + 10;
    const valueWidth = WIDTH - LABEL_WIDTH - 10;
    this.doc.font(this.regular).fontSize(9.5);
    this.keep(Math.min(this.doc.heightOfString(value, { width: valueWidth }), 40) + 4);
    const top = this.y;
    this.doc.font(this.regular).fontSize(9).fillColor(MUTED);
    this.doc.text(label, MARGIN.left, top, { width: LABEL_WIDTH });
    const labelBottom = this.doc.y;
    this.doc.font(this.regular).fontSize(9.5).fillColor(INK);
    this.doc.text(value, valueX, top, { width: valueWidth });
    // A value that ran onto a new page ends above where it started.
    this.y = (this.doc.y < top ? this.doc.y : Math.max(this.doc.y, labelBottom)) + 2;
  }

  paragraph(text: string, size = 10, color = INK, font = this.regular): void {
    if (!text.trim()) return;
    this.keep(size * 3);
    this.doc.font(font).fontSize(size).fillColor(color);
    this.doc.text(text, MARGIN.left, this.y, { width: WIDTH, lineGap: 1.5 });
    this.y = this.doc.y + 6;
  }

  /** One assessed outcome: its statement with a bullet, its rating in a column on the right. */
  outcome(statement: string, rating: string): void {
    const ratingWidth = 120;
    const textWidth = WIDTH - ratingWidth - 26;
    this.doc.font(this.regular).fontSize(10);
    const height = Math.max(this.doc.heightOfString(statement, { width: textWidth }), 12);
    this.keep(height + 6);
    const top = this.y;
    this.doc.fillColor(INK).text('•', MARGIN.left, top, { width: 12, lineBreak: false });
    this.doc.text(statement, MARGIN.left + 14, top, { width: textWidth });
    const bottom = this.doc.y;
    this.doc.font(this.bold).fontSize(9.5).fillColor(ACCENT);
    this.doc.text(rating, MARGIN.left + WIDTH - ratingWidth, top, { width: ratingWidth, align: 'right' });
    this.y = Math.max(bottom, this.doc.y) + 5;
  }
}

function layout(doc: Doc, data: MobilityRecordPdfData, regular: string, bold: string): void {
  const { labels } = data;
  const w = new RecordWriter(doc, regular, bold);
  doc.rect(0, 0, PAGE.width, 10).fill(ACCENT);

  // The QR code and the verification code head the record, beside its title, as on Europass.
  const qr = 84;
  const qrX = MARGIN.left + WIDTH - qr;
  const qrY = MARGIN.top - 10;
  drawCredentialQr(doc, data.verifyUrl, qrX, qrY, qr);
  const codeWidth = qr + 60;
  doc.font(regular).fontSize(7).fillColor(MUTED);
  doc.text(labels.verificationCode, qrX + qr - codeWidth, qrY + qr + 2, { width: codeWidth, align: 'right' });
  doc.font(bold).fontSize(8).fillColor(INK);
  doc.text(data.verificationCode, qrX + qr - codeWidth, doc.y + 1, {
    width: codeWidth,
    align: 'right',
    lineBreak: false,
  });
  const codeBottom = doc.y;

  const headWidth = WIDTH - qr - 24;
  doc.font(bold).fontSize(11).fillColor(ACCENT);
  doc.text(data.sending.name, MARGIN.left, w.y, { width: headWidth });
  doc.font(bold).fontSize(22).fillColor(INK);
  doc.text(labels.title, MARGIN.left, doc.y + 6, { width: headWidth });
  doc.font(regular).fontSize(9.5).fillColor(MUTED);
  doc.text(labels.intro, MARGIN.left, doc.y + 4, { width: headWidth, lineGap: 1.5 });
  w.y = Math.max(doc.y, codeBottom) + 2;

  w.heading(labels.holder);
  w.row(labels.name, data.holderName);

  w.heading(labels.sending);
  w.row(labels.organisation, data.sending.name);
  w.row(labels.city, data.sending.city ?? '');
  w.row(labels.country, data.sending.country);

  w.heading(labels.host);
  w.row(labels.organisation, data.host.name);
  w.row(labels.address, data.host.address);
  w.row(labels.city, data.host.city);
  w.row(labels.country, data.host.country);
  w.row(labels.website, data.host.website);

  w.heading(labels.mobility);
  w.row(labels.activityType, data.activityName);
  w.row(labels.dates, data.dates);
  if (data.durationDays !== null)
    w.row(labels.duration, labels.days.replace('{days}', String(data.durationDays)));
  w.row(labels.hoursLogged, data.hours);

  w.heading(labels.objectives);
  w.paragraph(data.objectives);

  w.heading(labels.skills);
  if (data.outcomes.length) {
    w.paragraph(labels.outcomes, 10, INK, bold);
    for (const o of data.outcomes) w.outcome(o.statement, o.rating);
  }
  if (data.statement) {
    w.y += 2;
    w.paragraph(labels.statement, 10, INK, bold);
    w.paragraph(data.statement);
  }

  if (data.mentor) {
    w.heading(labels.mentor);
    w.row(labels.name, data.mentor.name);
    w.row(labels.role, data.mentor.role);
  }

  // How to check it, kept whole on this page or the next.
  w.keep(48);
  w.y += 8;
  doc
    .lineWidth(0.5)
    .strokeColor(RULE)
    .moveTo(MARGIN.left, w.y)
    .lineTo(MARGIN.left + WIDTH, w.y)
    .stroke();
  doc.font(regular).fontSize(8).fillColor(MUTED);
  doc.text(labels.verifyHint, MARGIN.left, w.y + 6, { width: WIDTH });
  doc.fillColor(ACCENT).text(data.verifyUrl, MARGIN.left, doc.y + 2, { width: WIDTH });
  doc.fillColor(MUTED).text(data.issuedText, MARGIN.left, doc.y + 2, { width: WIDTH });
}

/** Renders the mobility record: A4 portrait, one or more pages, the signed credential attached. */
export function renderMobilityRecordPdf(data: MobilityRecordPdfData): Promise<Buffer> {
  return renderCredentialDocument(
    {
      layout: 'portrait',
      margins: MARGIN,
      language: data.language,
      title: `${data.labels.title}: ${data.holderName}`,
      author: data.sending.name,
      subject: data.activityName,
      issuedAt: data.issuedAt,
      credentialJwt: data.credentialJwt,
      attachmentDescription: 'Signed Open Badges 3.0 credential (VC-JWT): the proof of this mobility record',
    },
    (doc, fonts) => layout(doc, data, fonts.regular, fonts.bold),
  );
}
