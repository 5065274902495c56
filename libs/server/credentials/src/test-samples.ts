import type { OpenBadgeCredentialInput } from './open-badge-credential';
import type { CertificatePdfData } from './certificate-pdf';

/** Test data shared by this library's specs (not exported from the index). */
export function sampleCredentialInput(
  overrides: Partial<OpenBadgeCredentialInput> = {},
): OpenBadgeCredentialInput {
  return {
    certificateId: '0b7a6c1e-59a4-4a39-9a63-2f1f6f0d8c11',
    validFrom: new Date('2026-03-03T10:15:30.123Z'),
    issuer: {
      id: 'https://campus.example/organisations/5d1e8f7a-6a4b-4f1f-8a57-2c1a9e3b7d20',
      name: 'Demo VET School',
      countryCode: 'PT',
    },
    holder: { id: '9e2f0c55-1a7b-4d4e-b0c3-8f6a2d9e1b47', name: 'Ελένη Παπαδοπούλου' },
    achievement: {
      kind: 'course',
      id: 'https://campus.example/courses/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      name: 'Formação em mobilidade',
      description: 'Preparing VET staff for job shadowing abroad.',
      learningOutcomes: ['Plan a job-shadowing week', 'Agree learning outcomes with a host mentor'],
      eqfLevel: 4,
      workloadHours: 25,
      language: 'pt',
    },
    meanScorePercent: 87.5,
    statusListUrl: 'https://campus.example/api/credentials/status/1',
    statusIndex: 42,
    ...overrides,
  };
}

export const SAMPLE_LABELS: CertificatePdfData['labels'] = {
  title: 'Certificate of completion',
  awardedTo: 'This certifies that',
  completed: 'has successfully completed',
  learningOutcomes: 'Learning outcomes',
  moreOutcomes: '… and {count} more',
  verificationCode: 'Verification code',
  verifyHint:
    'Scan the QR code or open the address to check this certificate. The signed credential is attached to this PDF.',
};

export function samplePdfData(
  credentialJwt: string,
  overrides: Partial<CertificatePdfData> = {},
): CertificatePdfData {
  return {
    language: 'pt',
    issuerName: 'Demo VET School',
    holderName: 'Ελένη Παπαδοπούλου',
    achievementName: 'Formação em mobilidade',
    learningOutcomes: ['Plan a job-shadowing week', 'Agree learning outcomes with a host mentor'],
    details: [
      { label: 'Date', value: '3 March 2026' },
      { label: 'Workload', value: '25 hours' },
      { label: 'EQF level', value: '4' },
      { label: 'Mean quiz score', value: '87.5%' },
    ],
    verifyUrl: 'https://campus.example/verify/K7Q2-ABCD-EFGH-JKMN-PQRS',
    verificationCode: 'K7Q2-ABCD-EFGH-JKMN-PQRS',
    credentialJwt,
    issuedAt: new Date('2026-03-03T10:15:30Z'),
    labels: SAMPLE_LABELS,
    ...overrides,
  };
}
