import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  CertificateExportView,
  CurrentUser,
  OrgCertificateRow,
  OrgCertificatesPage,
} from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { OrgCertificatesView } from './org-certificates-view';

const ORG = '3f2e1d0c-1111-4222-8333-944455556666';

const row: OrgCertificateRow = {
  id: '0b8f5a52-3c1e-4d55-9b55-0f0f6a3c2d11',
  holder: { id: '5d1c2b3a-1111-4222-8333-944455556666', name: 'Grace Graduate', email: 'grace@school.eu' },
  courseId: '7e6d5c4b-1111-4222-8333-944455556666',
  courseTitle: 'Setting up an International Office',
  code: 'CMP-7Q2K-9XWD',
  issuedAt: '2026-03-14T10:00:00Z',
  revokedAt: null,
  revokedReason: null,
};
const superseded: OrgCertificateRow = {
  ...row,
  id: '1c9f6b63-4d2f-4e66-8c66-1f1f7b4d3e22',
  code: 'CMP-OLD1-OLD2',
  revokedAt: '2026-03-10T10:00:00Z',
  revokedReason: 'superseded',
};
const page = (items: OrgCertificateRow[], total = items.length): OrgCertificatesPage => ({
  items,
  total,
  page: 1,
  pageSize: 25,
  zipStreamLimit: 200,
});
const running: CertificateExportView = {
  id: '9a8b7c6d-1111-4222-8333-944455556666',
  status: 'running',
  filters: {},
  total: 500,
  done: 120,
  sizeBytes: null,
  createdAt: '2026-03-14T10:00:00Z',
  finishedAt: null,
  expiresAt: null,
  downloadUrl: null,
};

const manager: CurrentUser = {
  id: 'me',
  email: 'mia@school.eu',
  name: 'Mia Manager',
  locale: 'en',
  timeZone: 'Europe/Rome',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [{ organisationId: ORG, organisationName: 'Demo VET School', role: 'manager' }],
};

describe('OrgCertificatesView', () => {
  beforeEach(() => api.setSession({ accessToken: 't', expiresIn: 900, user: manager }));
  afterEach(() => {
    // Unmount first: a mounted view would re-render without a user.
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it('lists certificates with their status and re-issues one after confirmation', async () => {
    let reissued = false;
    const get = jest.spyOn(api, 'get').mockImplementation((path: string) => {
      if (path.endsWith('/certificates'))
        return Promise.resolve(
          page(
            reissued
              ? [{ ...row, revokedAt: '2026-03-15T10:00:00Z', revokedReason: 'superseded' }]
              : [row, superseded],
          ),
        );
      return Promise.resolve([]);
    });
    const post = jest.spyOn(api, 'post').mockImplementation(() => {
      reissued = true;
      return Promise.resolve({ id: 'new' });
    });
    renderWithProviders(<OrgCertificatesView orgId={ORG} />, { route: `/orgs/${ORG}/certificates` });

    const table = within(await screen.findByRole('table', { name: '2 certificates' }));
    const valid = within(table.getByRole('row', { name: /CMP-7Q2K-9XWD/ }));
    expect(valid.getByRole('link', { name: 'CMP-7Q2K-9XWD' })).toHaveAttribute(
      'href',
      '/verify/CMP-7Q2K-9XWD',
    );
    expect(valid.getByText('Valid')).toBeInTheDocument();
    const old = within(table.getByRole('row', { name: /CMP-OLD1-OLD2/ }));
    expect(old.getByText(/replaced by a re-issued certificate/)).toBeInTheDocument();
    expect(old.queryByRole('button')).not.toBeInTheDocument();
    expect(get).toHaveBeenCalledWith(
      `/orgs/${ORG}/certificates`,
      expect.objectContaining({ page: 1 }),
      expect.anything(),
    );

    await userEvent.click(
      valid.getByRole('button', {
        name: 'Re-issue the certificate of Grace Graduate for Setting up an International Office',
      }),
    );
    const dialog = within(screen.getByRole('dialog', { name: 'Re-issue this certificate?' }));
    expect(dialog.getByText(/revoked as superseded/)).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Re-issue certificate' }));

    expect(post).toHaveBeenCalledWith(`/certificates/${row.id}/reissue`);
    expect(
      await screen.findByText(
        'A new certificate was issued to Grace Graduate for Setting up an International Office; the old one is revoked as superseded.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('table', { name: '1 certificate' })).toBeInTheDocument();
  });
  it('has the worker prepare a ZIP too large to stream, shows its progress, then a download link', async () => {
    let exportsSoFar: CertificateExportView[] = [];
    let polls = 0;
    jest.spyOn(api, 'get').mockImplementation((path: string) => {
      if (path.endsWith('/certificates')) return Promise.resolve(page([row], 500));
      if (path.endsWith('/certificate-exports')) {
        // Running on the first look after the request, ready on the next poll.
        if (exportsSoFar.length && polls++ > 0)
          exportsSoFar = [
            {
              ...running,
              status: 'ready',
              done: 500,
              sizeBytes: 20_000_000,
              expiresAt: '2026-03-21T10:00:00Z',
              downloadUrl: `/api/certificate-exports/${running.id}/file?expires=1&signature=s`,
            },
          ];
        return Promise.resolve(exportsSoFar);
      }
      return Promise.resolve([]);
    });
    const blob = jest.spyOn(api, 'blob');
    const post = jest.spyOn(api, 'post').mockImplementation(() => {
      exportsSoFar = [running];
      return Promise.resolve(running);
    });
    renderWithProviders(<OrgCertificatesView orgId={ORG} />, { route: `/orgs/${ORG}/certificates` });

    await screen.findByText(/More than 200 certificates match/);
    await userEvent.click(screen.getByRole('button', { name: 'Download all as ZIP' }));
    expect(post).toHaveBeenCalledWith(`/orgs/${ORG}/certificate-exports`, expect.any(Object));
    expect(blob).not.toHaveBeenCalled();
    expect(await screen.findByRole('progressbar', { name: 'Preparing the ZIP file' })).toHaveAttribute(
      'aria-valuenow',
      '24',
    );
    expect(screen.getByText('120 of 500 added')).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: /Download ZIP/ }, { timeout: 4000 });
    expect(link).toHaveAttribute('href', `/api/certificate-exports/${running.id}/file?expires=1&signature=s`);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
