import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MyCertificate } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { MyCertificates } from './my-certificates';

const certificate: MyCertificate = {
  id: 'c-1',
  code: 'CMP-7Q2K-9XWD',
  courseTitle: 'Setting up an International Office',
  issuedAt: '2026-03-14T10:00:00Z',
  revokedAt: null,
  revokedReason: null,
  verifyUrl: 'https://campus.example/verify/CMP-7Q2K-9XWD',
  pdfUrl: '/api/me/certificates/c-1/certificate.pdf',
  credentialUrl: '/api/me/certificates/c-1/credential.jwt',
  linkedInUrl: 'https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME',
};

describe('MyCertificates', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lists a certificate with its status and code, and announces a copied share link', async () => {
    jest.spyOn(api, 'get').mockResolvedValue([certificate]);
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(<MyCertificates />);

    const card = within(await screen.findByRole('article'));
    expect(card.getByRole('heading', { level: 2 })).toHaveTextContent('Setting up an International Office');
    expect(card.getByText('Valid')).toBeInTheDocument();
    expect(card.getByText('CMP-7Q2K-9XWD')).toBeInTheDocument();
    const linkedIn = card.getByRole('link', { name: /^Add to LinkedIn/ });
    expect(linkedIn).toHaveAttribute('target', '_blank');
    expect(linkedIn).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(linkedIn).toHaveAccessibleName(
      'Add to LinkedIn for Setting up an International Office (opens in a new tab)',
    );

    await userEvent.click(card.getByRole('button', { name: /^Copy share link/ }));
    expect(writeText).toHaveBeenCalledWith(certificate.verifyUrl);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Share link for Setting up an International Office copied.',
    );
  });

  it('names a mobility credential by its activity, host and city in the reader’s language', async () => {
    jest.spyOn(api, 'get').mockResolvedValue([
      {
        ...certificate,
        courseTitle: 'Työhön tutustuminen — Tampere Vocational College, Tampere',
        mobility: {
          activityType: 'SM-JOB-SHDW',
          hostName: 'Tampere Vocational College',
          hostCity: 'Tampere',
        },
      },
    ]);
    renderWithProviders(<MyCertificates />);
    const card = within(await screen.findByRole('article'));
    expect(card.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Job shadowing — Tampere Vocational College, Tampere',
    );
    expect(card.getByRole('button', { name: /^Download PDF/ })).toHaveAccessibleName(
      'Download PDF: Job shadowing — Tampere Vocational College, Tampere',
    );
  });
});
