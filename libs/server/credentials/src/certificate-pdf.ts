import QRCode from 'qrcode';
import { PDF_FONTS, pdfFontReads, renderPdfDocument } from './pdf-document';

/** Every label printed on the certificate, already translated into the holder's language. */
export interface CertificateLabels {
  /** e.g. "Certificate of completion" */
  title: string;
  /** e.g. "This certifies that" */
  awardedTo: string;
  /** e.g. "has successfully completed" */
  completed: string;
  /** e.g. "Learning outcomes" */
  learningOutcomes: string;
  /** Printed when outcomes do not fit; `{count}` is replaced, e.g. "… and {count} more". */
  moreOutcomes: string;
  /** e.g. "Verification code" */
  verificationCode: string;
  /** e.g. "Scan the QR code or open the address to check this certificate. The signed credential is attached to this PDF." */
  verifyHint: string;
}

export interface CertificatePdfData {
  /** BCP 47 language of the labels and texts (the PDF's /Lang). */
  language: string;
  issuerName: string;
  holderName: string;
  /** Course title (or mobility title). */
  achievementName: string;
  learningOutcomes: string[];
  /**
   * The facts row, formatted and translated by the caller, at most four, e.g.
   * `[{label: 'Date', value: '3 March 2026'}, {label: 'Workload', value: '25 hours'},
   *   {label: 'EQF level', value: '4'}, {label: 'Mean quiz score', value: '87%'}]`.
   */
  details: { label: string; value: string }[];
  /** Public verification page, `${PUBLIC_URL}/verify/<code>`: the QR code's content. */
  verifyUrl: string;
  /** Grouped verification code, as issued. */
  verificationCode: string;
  /** The signed credential, embedded as the attachment `credential.jwt`. */
  credentialJwt: string;
  /** Issue time: the PDF's creation date, so rendering the same certificate twice gives the same file. */
  issuedAt: Date;
  labels: CertificateLabels;
}

export const CREDENTIAL_ATTACHMENT_NAME = 'credential.jwt';

const REGULAR = PDF_FONTS.regular;
const BOLD = PDF_FONTS.bold;

/** How many times this process read the font files: 1 after any number of renders. */
export function certificateFontReads(): number {
  return pdfFontReads();
}

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, points
const MARGIN = 56;
const INK = '#1b2b44';
const ACCENT = '#1f5f99';
const MUTED = '#5b6778';

type Doc = PDFKit.PDFDocument;

/** Measurements kept before starting afresh; each certificate adds a few (its holder's name). */
const MAX_MEASUREMENTS = 20_000;
const measurements = new Map<string, number>();

/**
 * A measurement depends only on the text, font, size and box, never on the document (every
 * document registers the same parsed fonts), and most repeat from one certificate of a course to
 * the next: the school, the title, the labels, the outcomes. Measuring them again for every
 * certificate re-ran pdfkit's line wrapper dozens of times per document.
 */
function measured(key: string, measure: () => number): number {
  let value = measurements.get(key);
  if (value === undefined) {
    if (measurements.size >= MAX_MEASUREMENTS) measurements.clear();
    value = measure();
    measurements.set(key, value);
  }
  return value;
}

/** The height of `text` wrapped to `width` in `font` at `size` (which it leaves set on `doc`). */
function textHeight(
  doc: Doc,
  text: string,
  font: string,
  size: number,
  options: { width: number; lineGap?: number },
): number {
  doc.font(font).fontSize(size);
  return measured(`h\0${font}\0${size}\0${options.width}\0${options.lineGap ?? 0}\0${text}`, () =>
    doc.heightOfString(text, options),
  );
}

/** Largest size from `max` down to `min` at which `text` fits `lines` lines of `width`. */
function fitSize(
  doc: Doc,
  text: string,
  font: string,
  width: number,
  max: number,
  min: number,
  lines: number,
): number {
  return measured(`f\0${font}\0${width}\0${max}\0${min}\0${lines}\0${text}`, () => {
    doc.font(font);
    for (let size = max; size > min; size -= 1) {
      doc.fontSize(size);
      if (
        lines === 1
          ? doc.widthOfString(text) <= width
          : textHeight(doc, text, font, size, { width }) <= size * 1.25 * lines
      ) {
        return size;
      }
    }
    return min;
  });
}

function centred(
  doc: Doc,
  text: string,
  y: number,
  font: string,
  size: number,
  color: string,
  lines = 1,
): number {
  const width = PAGE.width - 2 * MARGIN;
  const height = Math.min(
    textHeight(doc, text, font, size, { width, lineGap: size * 0.1 }),
    size * 1.25 * lines,
  );
  doc.fillColor(color);
  doc.text(text, MARGIN, y, { width, align: 'center', height, ellipsis: true, lineGap: size * 0.1 });
  return y + height;
}

function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + 2 * quiet);
  doc.rect(x, y, size, size).fill('#ffffff');
  // One path of rectangles, filled once: crisp at any zoom and print size. Each run of dark
  // modules in a row is one rectangle, which roughly halves the path a module per square makes.
  for (let row = 0; row < count; row += 1) {
    let col = 0;
    while (col < count) {
      if (!qr.modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && qr.modules.get(row, col)) col += 1;
      doc.rect(
        x + (start + quiet) * cell,
        y + (row + quiet) * cell,
        (col - start) * cell + 0.01,
        cell + 0.01,
      );
    }
  }
  doc.fill('#000000');
}

function drawOutcomes(
  doc: Doc,
  data: CertificatePdfData,
  x: number,
  y: number,
  width: number,
  bottom: number,
): void {
  doc
    .font(BOLD)
    .fontSize(11)
    .fillColor(ACCENT)
    .text(data.labels.learningOutcomes, x, y, { width, lineBreak: false });
  const top = y + 20;
  const available = bottom - top;
  const outcomes = data.learningOutcomes.map((o) => o.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const bulletIndent = 12;
  const textWidth = width - bulletIndent;

  const heights = (size: number): number[] =>
    outcomes.map((o) => textHeight(doc, o, REGULAR, size, { width: textWidth }) + size * 0.35);
  // Shrink until everything fits; at the smallest size, print what fits and count the rest.
  let size = 10.5;
  let itemHeights = heights(size);
  while (size > 7 && itemHeights.reduce((a, b) => a + b, 0) > available) {
    size -= 0.5;
    itemHeights = heights(size);
  }
  const moreLine = size * 1.6;
  let shown = outcomes.length;
  if (itemHeights.reduce((a, b) => a + b, 0) > available) {
    shown = 0;
    let used = 0;
    while (shown < outcomes.length && used + itemHeights[shown] <= available - moreLine)
      used += itemHeights[shown++];
  }

  doc.font(REGULAR).fontSize(size).fillColor(INK);
  let cursor = top;
  for (let i = 0; i < shown; i += 1) {
    doc.text('•', x, cursor, { width: bulletIndent, lineBreak: false });
    doc.text(outcomes[i], x + bulletIndent, cursor, { width: textWidth });
    cursor += itemHeights[i];
  }
  if (shown < outcomes.length) {
    const more = data.labels.moreOutcomes.replace('{count}', String(outcomes.length - shown));
    doc.fillColor(MUTED).text(more, x + bulletIndent, cursor, { width: textWidth, lineBreak: false });
  }
}

function drawDetails(
  doc: Doc,
  details: CertificatePdfData['details'],
  x: number,
  y: number,
  width: number,
): void {
  const shown = details.slice(0, 4);
  if (!shown.length) return;
  const column = width / shown.length;
  shown.forEach((detail, i) => {
    const left = x + i * column;
    doc.font(REGULAR).fontSize(8).fillColor(MUTED);
    doc.text(detail.label, left, y, { width: column - 10, lineBreak: false, ellipsis: true });
    doc
      .font(BOLD)
      .fontSize(fitSize(doc, detail.value, BOLD, column - 10, 12, 7, 1))
      .fillColor(INK);
    doc.text(detail.value, left, y + 12, { width: column - 10, lineBreak: false, ellipsis: true });
  });
}

function layout(doc: Doc, data: CertificatePdfData): void {
  const contentWidth = PAGE.width - 2 * MARGIN;

  doc
    .lineWidth(2)
    .strokeColor(ACCENT)
    .rect(20, 20, PAGE.width - 40, PAGE.height - 40)
    .stroke();
  doc
    .lineWidth(0.5)
    .strokeColor(ACCENT)
    .rect(26, 26, PAGE.width - 52, PAGE.height - 52)
    .stroke();

  let y = 50;
  y = centred(
    doc,
    data.issuerName,
    y,
    BOLD,
    fitSize(doc, data.issuerName, BOLD, contentWidth, 13, 8, 1),
    ACCENT,
  );
  y = centred(
    doc,
    data.labels.title,
    y + 12,
    BOLD,
    fitSize(doc, data.labels.title, BOLD, contentWidth, 30, 16, 1),
    INK,
  );
  y = centred(doc, data.labels.awardedTo, y + 16, REGULAR, 12, MUTED);
  y = centred(
    doc,
    data.holderName,
    y + 8,
    BOLD,
    fitSize(doc, data.holderName, BOLD, contentWidth, 28, 12, 1),
    INK,
  );
  y = centred(doc, data.labels.completed, y + 10, REGULAR, 12, MUTED);
  const titleSize = fitSize(doc, data.achievementName, BOLD, contentWidth, 20, 11, 2);
  y = centred(doc, data.achievementName, y + 8, BOLD, titleSize, ACCENT, 2);

  const ruleY = Math.max(y + 14, 262);
  doc
    .lineWidth(0.5)
    .strokeColor('#c9d3df')
    .moveTo(MARGIN, ruleY)
    .lineTo(PAGE.width - MARGIN, ruleY)
    .stroke();

  const qrSize = 132;
  const rightX = PAGE.width - MARGIN - qrSize - 20;
  const leftWidth = rightX - MARGIN - 30;
  const detailsY = PAGE.height - 96;
  drawOutcomes(doc, data, MARGIN, ruleY + 16, leftWidth, detailsY - 14);
  drawDetails(doc, data.details, MARGIN, detailsY, leftWidth);

  const qrY = ruleY + 16;
  drawQr(doc, data.verifyUrl, rightX, qrY, qrSize);
  const codeWidth = qrSize + 56;
  const codeX = rightX - 28;
  doc.font(REGULAR).fontSize(8).fillColor(MUTED);
  doc.text(data.labels.verificationCode, codeX, qrY + qrSize + 6, {
    width: codeWidth,
    align: 'center',
    lineBreak: false,
  });
  doc
    .font(BOLD)
    .fontSize(fitSize(doc, data.verificationCode, BOLD, codeWidth, 11, 6, 1))
    .fillColor(INK);
  doc.text(data.verificationCode, codeX, qrY + qrSize + 18, {
    width: codeWidth,
    align: 'center',
    lineBreak: false,
  });
  doc
    .font(REGULAR)
    .fontSize(fitSize(doc, data.verifyUrl, REGULAR, codeWidth, 7, 5, 1))
    .fillColor(MUTED);
  doc.text(data.verifyUrl, codeX, qrY + qrSize + 34, {
    width: codeWidth,
    align: 'center',
    height: 20,
    ellipsis: true,
  });

  doc.font(REGULAR).fontSize(7.5).fillColor(MUTED);
  doc.text(data.labels.verifyHint, MARGIN, PAGE.height - 50, {
    width: contentWidth,
    align: 'center',
    height: 20,
    ellipsis: true,
  });
}

/** What every credential document shares: page, metadata, fonts and the signed credential attached. */
export interface CredentialDocument {
  layout: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  /** BCP 47 language of the labels and texts (the PDF's /Lang). */
  language: string;
  title: string;
  author: string;
  subject: string;
  /** The PDF's creation date, so rendering the same credential twice gives the same file. */
  issuedAt: Date;
  /** Embedded as the attachment `credential.jwt`. */
  credentialJwt: string;
  /** What the attachment proves, e.g. "…: the proof of this certificate". */
  attachmentDescription: string;
}

/**
 * An A4 document in the shared fonts (DejaVu Sans regular and bold, registered under the names
 * `draw` receives), drawn by `draw`, with the signed credential attached.
 */
export function renderCredentialDocument(
  d: CredentialDocument,
  draw: (doc: Doc, fontNames: { regular: string; bold: string }) => void,
): Promise<Buffer> {
  return renderPdfDocument(
    {
      layout: d.layout,
      margins: d.margins,
      language: d.language,
      title: d.title,
      author: d.author,
      subject: d.subject,
      createdAt: d.issuedAt,
    },
    (doc) => {
      draw(doc, { regular: REGULAR, bold: BOLD });
      doc.file(Buffer.from(d.credentialJwt, 'utf8'), {
        name: CREDENTIAL_ATTACHMENT_NAME,
        type: 'application/vc+jwt',
        description: d.attachmentDescription,
        creationDate: d.issuedAt,
        modifiedDate: d.issuedAt,
      });
    },
  );
}

/** Renders the certificate: A4 landscape, one page, the signed credential attached. */
export function renderCertificatePdf(data: CertificatePdfData): Promise<Buffer> {
  return renderCredentialDocument(
    {
      layout: 'landscape',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      language: data.language,
      title: `${data.labels.title}: ${data.achievementName}`,
      author: data.issuerName,
      subject: data.holderName,
      issuedAt: data.issuedAt,
      credentialJwt: data.credentialJwt,
      attachmentDescription: 'Signed Open Badges 3.0 credential (VC-JWT): the proof of this certificate',
    },
    (doc) => layout(doc, data),
  );
}

/** For other documents of the certificates domain (the mobility record): the same QR code drawing. */
export { drawQr as drawCredentialQr };
