import { PDFDocument } from 'pdf-lib';
import { pdfAttachmentNames, pdfText } from '@campus/server-testing';
import { signCredential, verifyCredentialJwt } from './credential-jwt';
import { certificateFontReads, renderCertificatePdf } from './certificate-pdf';
import { buildOpenBadgeCredential } from './open-badge-credential';
import { extractCredentialFromPdf } from './pdf-attachment';
import { generateSigningKey, jwks, type SigningKey } from './signing-keys';
import { samplePdfData, sampleCredentialInput } from './test-samples';

describe('certificate PDF', () => {
  let key: SigningKey;
  let jwt: string;

  beforeAll(async () => {
    key = await generateSigningKey();
    jwt = await signCredential(buildOpenBadgeCredential(sampleCredentialInput()), key);
  });

  it('renders one A4 landscape page whose text, Greek and accents included, a PDF reader extracts', async () => {
    const pdf = await renderCertificatePdf(samplePdfData(jwt));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);

    const text = await pdfText(pdf);
    for (const expected of [
      'Ελένη Παπαδοπούλου',
      'Formação em mobilidade',
      'Demo VET School',
      'Certificate of completion',
      'Plan a job-shadowing week',
      'Agree learning outcomes with a host mentor',
      '25 hours',
      'EQF level',
      '3 March 2026',
      'K7Q2-ABCD-EFGH-JKMN-PQRS',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('renders names in every UI language', async () => {
    const names = [
      'Jürgen Müßig',
      'Åsa Öberg',
      'João Conceição',
      'Iñaki Muñoz',
      'Väinö Hämäläinen',
      'Niccolò Città',
    ];
    const pdf = await renderCertificatePdf(samplePdfData(jwt, { holderName: names.join(' · ') }));
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const name of names) expect(text).toContain(name);
  });

  it('embeds the signed credential, which extracts byte for byte and verifies', async () => {
    const pdf = await renderCertificatePdf(samplePdfData(jwt));
    const extracted = await extractCredentialFromPdf(pdf);
    expect(extracted).toBe(jwt);
    await expect(verifyCredentialJwt(extracted!, jwks([key.publicJwk]))).resolves.toMatchObject({ ok: true });

    expect(await pdfAttachmentNames(pdf)).toEqual(['credential.jwt']);
  });

  it('finds no credential in a PDF without one, nor in something that is not a PDF', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    await expect(extractCredentialFromPdf(Buffer.from(await plain.save()))).resolves.toBeNull();
    await expect(extractCredentialFromPdf(Buffer.from('%PDF-1.7 truncated'))).resolves.toBeNull();
    await expect(extractCredentialFromPdf(Buffer.from(jwt))).resolves.toBeNull();
  });

  it('finds the credential when the attachment sits in a nested name tree and is uncompressed', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(Buffer.from('not the credential'), 'other.txt', { mimeType: 'text/plain' });
    await doc.attach(Buffer.from(jwt), 'credential.jwt', { mimeType: 'application/vc+jwt' });
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
    await expect(extractCredentialFromPdf(bytes)).resolves.toBe(jwt);
  });

  it('shrinks many outcomes and says how many did not fit', async () => {
    const outcomes = Array.from(
      { length: 60 },
      (_, i) => `Outcome ${i + 1}: describe, plan and reflect on a professional practice observed abroad`,
    );
    const pdf = await renderCertificatePdf(samplePdfData(jwt, { learningOutcomes: outcomes }));
    const text = await pdfText(pdf);
    expect(text).toContain('Outcome 1:');
    const shown = outcomes.filter((o) => text.includes(`${o.split(':')[0]}:`)).length;
    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(60);
    expect(text).toContain(`… and ${60 - shown} more`);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
  });

  it('keeps very long names and titles on one page', async () => {
    const pdf = await renderCertificatePdf(
      samplePdfData(jwt, {
        holderName: 'Μαρία-Ελευθερία Κωνσταντινοπούλου-Παπαγεωργίου Αλεξανδροπούλου',
        achievementName: 'Formação '.repeat(30),
      }),
    );
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    expect(await pdfText(pdf)).toContain('Κωνσταντινοπούλου');
  });

  it('gives the same bytes for the same certificate, whatever was rendered in between', async () => {
    const data = samplePdfData(jwt);
    const first = await renderCertificatePdf(data);
    // Other names, titles and languages go through the same per-process font caches meanwhile.
    await renderCertificatePdf(samplePdfData(jwt, { holderName: 'Zoë Ångström-Łukasik', language: 'sv' }));
    await renderCertificatePdf(samplePdfData(jwt, { achievementName: 'Κινητικότητα προσωπικού' }));
    expect(first.equals(await renderCertificatePdf(data))).toBe(true);
  });

  it('reads the font files once per process, however many certificates it renders', async () => {
    for (let i = 0; i < 50; i += 1) {
      await renderCertificatePdf(samplePdfData(jwt, { holderName: `Ελένη ${i}` }));
    }
    expect(certificateFontReads()).toBe(1);
  });
});
