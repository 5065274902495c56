import { pdfText } from '@campus/server-testing';
import { renderCertificatePdf } from './certificate-pdf';
import { samplePdfData } from './test-samples';

// A file of its own: the fonts are loaded once per module registry, and what this checks depends
// on the order of the first documents a process renders.
describe('certificate PDF text after a Greek document', () => {
  it('keeps every Latin letter extractable once a Greek-only certificate came first', async () => {
    const greek = samplePdfData('x.y.z');
    await renderCertificatePdf({
      ...greek,
      language: 'el',
      issuerName: 'Σχολή Επαγγελματικής Κατάρτισης',
      holderName: 'Ελένη Παπαδοπούλου',
      achievementName: 'Κινητικότητα προσωπικού: πρώτα βήματα',
      learningOutcomes: ['Σχεδιάζει μια περίοδο παρακολούθησης εργασίας'],
      details: [{ label: 'Ημερομηνία', value: '3 Μαρτίου 2026' }],
      verificationCode: 'ΑΒΓΔ',
      labels: {
        title: 'Πιστοποιητικό ολοκλήρωσης',
        awardedTo: 'Πιστοποιείται ότι ο/η',
        completed: 'ολοκλήρωσε με επιτυχία το μάθημα',
        learningOutcomes: 'Μαθησιακά αποτελέσματα',
        moreOutcomes: '… και {count} ακόμη',
        verificationCode: 'Κωδικός επαλήθευσης',
        verifyHint: 'Σαρώστε τον κωδικό QR.',
      },
    });
    const latin = await pdfText(
      await renderCertificatePdf({
        ...samplePdfData('x.y.z'),
        language: 'en',
        issuerName: 'Demo VET School',
        holderName: 'Tom Morton',
        achievementName: 'Mobility of staff: Partnerships',
      }),
    );
    for (const expected of [
      'Demo VET School',
      'Tom Morton',
      'Mobility of staff: Partnerships',
      'Certificate of completion',
    ])
      expect(latin).toContain(expected);
  });
});
