import { screen, within } from '@testing-library/react';
import type { CertificateVerification, FileVerification } from '@campus/contracts';
import { renderWithProviders } from '../../../test/render';
import { FileVerificationResult } from './file-check';
import { VerificationResult } from './verification-result';

const certificate: NonNullable<CertificateVerification['certificate']> = {
  code: 'CMP-7Q2K-9XWD',
  holderName: 'Ana Silva',
  achievement: {
    kind: 'course',
    title: 'Setting up an International Office in a VET school',
    learningOutcomes: ['Plan a mobility project', 'Recognise learning abroad'],
    eqfLevel: 5,
    workloadHours: 12,
  },
  issuer: { name: 'Escola Profissional do Porto', country: 'PT' },
  issuedAt: '2026-03-14T10:00:00Z',
  revokedAt: null,
  revokedReason: null,
};

function details() {
  return within(screen.getByRole('region', { name: 'What was certified' }));
}

describe('VerificationResult', () => {
  it('says a valid certificate is valid and shows what was certified', () => {
    renderWithProviders(<VerificationResult verification={{ status: 'valid', certificate }} />);
    const status = screen.getByRole('status');
    expect(status).toHaveClass('ui-alert--success');
    expect(status).toHaveTextContent('This certificate is valid');
    expect(details().getByText('Ana Silva')).toBeInTheDocument();
    expect(details().getByText('Setting up an International Office in a VET school')).toBeInTheDocument();
    expect(details().getByText('Escola Profissional do Porto')).toBeInTheDocument();
    expect(details().getByText('Portugal')).toBeInTheDocument();
    expect(details().getByText('14 Mar 2026')).toBeInTheDocument();
    expect(details().getByText('12 hours')).toBeInTheDocument();
    expect(details().getByText('5')).toBeInTheDocument();
    expect(
      details()
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Plan a mobility project', 'Recognise learning abroad']);
  });

  it('says when and why a certificate was revoked, and that an erased holder is withheld', () => {
    renderWithProviders(
      <VerificationResult
        verification={{
          status: 'revoked',
          certificate: {
            ...certificate,
            holderName: null,
            revokedAt: '2026-05-02T09:00:00Z',
            revokedReason: 'Issued for the wrong course.',
          },
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This certificate has been revoked');
    expect(alert).toHaveTextContent('Revoked on 2 May 2026.');
    expect(alert).toHaveTextContent('Reason: Issued for the wrong course.');
    expect(screen.queryByText('This certificate is valid')).not.toBeInTheDocument();
    expect(details().getByText('Name withheld')).toBeInTheDocument();
  });

  it('shows what a mobility credential certifies: host, dates, days, hours, rated outcomes, mentor and statement', () => {
    renderWithProviders(
      <VerificationResult
        verification={{
          status: 'valid',
          certificate: {
            ...certificate,
            achievement: {
              kind: 'mobility',
              title: 'Job shadowing — Tampere Vocational College, Tampere',
              learningOutcomes: ['Plan a mobility project', 'Recognise learning abroad'],
              eqfLevel: null,
              workloadHours: 31.5,
            },
            mobility: {
              activityType: 'SM-JOB-SHDW',
              host: {
                name: 'Tampere Vocational College',
                country: 'FI',
                city: 'Tampere',
                address: 'Sammonkatu 12',
                website: 'https://tampere.example',
              },
              startDate: '2026-03-02',
              endDate: '2026-03-06',
              durationDays: 5,
              hours: 31.5,
              outcomes: [
                { statement: 'Plan a mobility project', rating: 'achieved' },
                { statement: 'Recognise learning abroad', rating: 'partly' },
              ],
              mentor: { name: 'Mikko Laine', role: 'International coordinator' },
              statement: 'Ana took an active part in the work of the international office.',
            },
          },
        }}
      />,
    );
    const facts = within(screen.getByRole('region', { name: 'The mobility' }));
    expect(details().getByText('Mobility period')).toBeInTheDocument();
    expect(details().getByText('Job shadowing — Tampere Vocational College, Tampere')).toBeInTheDocument();
    // A mobility has no EQF level or workload of its own: its hours logged are among its facts.
    expect(details().queryByText('EQF level')).not.toBeInTheDocument();
    expect(facts.getByText('Job shadowing (SM-JOB-SHDW)')).toBeInTheDocument();
    expect(facts.getByText('Tampere Vocational College, Tampere')).toBeInTheDocument();
    expect(facts.getByText('Finland')).toBeInTheDocument();
    expect(facts.getByText('2 Mar 2026 – 6 Mar 2026')).toBeInTheDocument();
    expect(facts.getByText('5 days')).toBeInTheDocument();
    expect(facts.getByText('31.5 hours')).toBeInTheDocument();
    expect(facts.getByText('Mikko Laine, International coordinator')).toBeInTheDocument();
    expect(
      facts
        .getByRole('list', { name: 'Learning outcomes confirmed by the host mentor' })
        .querySelectorAll('li'),
    ).toHaveLength(2);
    expect(facts.getByText('Plan a mobility project').closest('li')).toHaveTextContent('Achieved');
    expect(facts.getByText('Recognise learning abroad').closest('li')).toHaveTextContent('Partly achieved');
    expect(
      facts.getByText('Ana took an active part in the work of the international office.'),
    ).toBeInTheDocument();
  });

  it('says an unknown code matches no certificate, without details', () => {
    renderWithProviders(<VerificationResult verification={{ status: 'unknown' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('No certificate has this code');
    expect(screen.getByRole('status')).toHaveClass('ui-alert--warning');
    expect(screen.queryByRole('region', { name: 'What was certified' })).not.toBeInTheDocument();
  });
});

describe('FileVerificationResult', () => {
  it.each<[FileVerification['result'], string, string]>([
    ['valid', 'status', 'Genuine and valid'],
    ['revoked', 'alert', 'Genuine, but revoked'],
    ['tampered', 'alert', 'Altered after issue'],
    ['wrong_key', 'alert', 'Not signed by this Campus'],
    ['not_a_credential', 'status', 'No credential found'],
  ])('gives %s its own message', (result, role, title) => {
    renderWithProviders(<FileVerificationResult result={{ result, detail: 'signature checked' }} />);
    expect(screen.getByRole(role)).toHaveTextContent(title);
    expect(screen.getByRole(role)).toHaveTextContent('Technical detail: signature checked');
  });

  it('shows the credential a valid file carries', () => {
    renderWithProviders(
      <FileVerificationResult
        result={{
          result: 'valid',
          detail: '',
          credential: {
            holderName: 'Ana Silva',
            achievement: 'Setting up an International Office',
            issuer: 'Escola Profissional do Porto',
            validFrom: '2026-03-14T10:00:00Z',
            learningOutcomes: [],
          },
        }}
      />,
    );
    const status = screen.getByRole('status');
    expect(within(status).getByText('Ana Silva')).toBeInTheDocument();
    expect(within(status).getByText('14 Mar 2026')).toBeInTheDocument();
  });
});
