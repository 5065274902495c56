import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfAttachmentNames, pdfText } from './pdf-text';

const root = resolve(__dirname, '../../../..');

async function twoPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([600, 400]);
  first.drawText('Top line', { font, size: 20, x: 50, y: 300 });
  // Two words drawn apart on one baseline, the right one first: one line, left to right.
  first.drawText('right', { font, size: 12, x: 200, y: 200 });
  first.drawText('left', { font, size: 12, x: 50, y: 200 });
  doc.addPage([600, 400]).drawText('Second page', { font, size: 12, x: 50, y: 300 });
  await doc.attach(Buffer.from('{}'), 'credential.jwt', { mimeType: 'application/vc+jwt' });
  return Buffer.from(await doc.save());
}

describe('pdfText', () => {
  it('gives lines top to bottom, words left to right, pages apart', async () => {
    expect(await pdfText(await twoPagePdf())).toBe('Top line\nleft right\n\fSecond page\n');
  });

  it('lists attachments by file name', async () => {
    expect(await pdfAttachmentNames(await twoPagePdf())).toEqual(['credential.jwt']);
  });

  it('rejects what is not a PDF', async () => {
    await expect(pdfText(Buffer.from('%PDF-1.7 truncated'))).rejects.toThrow();
  });

  it('reads PDFs in every test file of one Jest process (Node 26 once reused the first file’s loader)', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--experimental-vm-modules',
        join(root, 'node_modules/jest/bin/jest.js'),
        '-c',
        join(root, 'libs/server/testing/fixtures/pdf-text/jest.config.cjs'),
        '-i',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } },
    );
    expect(run.stderr).toContain('Tests:       2 passed, 2 total');
    expect(run.status).toBe(0);
  }, 60_000);
});
