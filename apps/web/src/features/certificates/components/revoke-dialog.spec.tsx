import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrgCertificateRow } from '@campus/contracts';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { RevokeDialog } from './revoke-dialog';

const certificate: OrgCertificateRow = {
  id: '0b8f5a52-3c1e-4d55-9b55-0f0f6a3c2d11',
  holder: { id: '5d1c2b3a-1111-4222-8333-944455556666', name: 'Grace Graduate', email: 'grace@school.eu' },
  courseId: '7e6d5c4b-1111-4222-8333-944455556666',
  courseTitle: 'Setting up an International Office',
  code: 'CMP-7Q2K-9XWD',
  issuedAt: '2026-03-14T10:00:00Z',
  revokedAt: null,
  revokedReason: null,
};

function renderDialog() {
  const onClose = jest.fn();
  const onRevoked = jest.fn();
  const view = renderWithProviders(
    <RevokeDialog certificate={certificate} onClose={onClose} onRevoked={onRevoked} />,
  );
  return { ...view, onClose, onRevoked };
}

describe('RevokeDialog', () => {
  afterEach(() => jest.restoreAllMocks());

  it('requires a reason of at least 3 characters before asking the API', async () => {
    const post = jest.spyOn(api, 'post').mockResolvedValue(undefined);
    const { onRevoked } = renderDialog();

    const dialog = screen.getByRole('dialog', { name: 'Revoke this certificate?' });
    expect(dialog).toHaveTextContent('Grace Graduate');
    const reason = screen.getByRole('textbox', { name: /^Reason/ });
    expect(reason).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Revoke certificate' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Fill in this field.'));

    await userEvent.type(reason, ' a ');
    await userEvent.click(screen.getByRole('button', { name: 'Revoke certificate' }));
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('Use at least 3 characters.'));
    expect(post).not.toHaveBeenCalled();
    expect(onRevoked).not.toHaveBeenCalled();
  });

  it('sends the trimmed reason and reports the revocation', async () => {
    const post = jest.spyOn(api, 'post').mockResolvedValue(undefined);
    const { onRevoked } = renderDialog();

    await userEvent.type(screen.getByRole('textbox', { name: /^Reason/ }), '  Issued by mistake  ');
    await userEvent.click(screen.getByRole('button', { name: 'Revoke certificate' }));

    expect(post).toHaveBeenCalledWith(`/certificates/${certificate.id}/revoke`, {
      reason: 'Issued by mistake',
    });
    expect(onRevoked).toHaveBeenCalledWith(certificate);
  });

  it('explains when the certificate was revoked meanwhile', async () => {
    jest
      .spyOn(api, 'post')
      .mockRejectedValue(new ApiError({ status: 409, code: 'CONFLICT', detail: 'Already revoked.' }));
    const { onRevoked } = renderDialog();

    await userEvent.type(screen.getByRole('textbox', { name: /^Reason/ }), 'Issued by mistake');
    await userEvent.click(screen.getByRole('button', { name: 'Revoke certificate' }));

    expect(await screen.findByText('This certificate has already been revoked.')).toBeInTheDocument();
    expect(onRevoked).not.toHaveBeenCalled();
  });
});
