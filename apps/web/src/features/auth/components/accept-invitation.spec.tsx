import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InvitationPreview, LoginResponse } from '@campus/contracts';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { authApi } from '../api/auth.api';
import { AcceptInvitation } from './accept-invitation';
import { RegisterView } from './register-form';

jest.mock('../api/auth.api', () => ({
  ...jest.requireActual<typeof import('../api/auth.api')>('../api/auth.api'),
  authApi: {
    previewInvitation: jest.fn(),
    acceptInvitation: jest.fn(),
    me: jest.fn(),
    publicSettings: jest.fn(),
  },
}));
const mocked = authApi as jest.Mocked<typeof authApi>;

const preview = (over: Partial<InvitationPreview> = {}): InvitationPreview => ({
  organisationName: 'Demo VET School',
  role: 'trainer',
  email: 'new@school.eu',
  hasAccount: false,
  ...over,
});
const session: LoginResponse = {
  accessToken: 't',
  expiresIn: 900,
  user: {
    id: 'u',
    email: 'new@school.eu',
    name: 'Nora',
    locale: 'en',
    timeZone: 'Europe/Rome',
    isPlatformAdmin: false,
    emailVerified: true,
    memberships: [],
  },
};

beforeEach(() => {
  api.clearSession();
});

describe('AcceptInvitation', () => {
  it('lets a new person choose name and password, and signs them in', async () => {
    mocked.previewInvitation.mockResolvedValue(preview());
    mocked.acceptInvitation.mockResolvedValue(session);
    renderWithProviders(<AcceptInvitation token="tok-123456789012345678901" />);

    expect(
      await screen.findByText('You are invited to join Demo VET School as a trainer.'),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/full name/i), 'Nora');
    await userEvent.type(screen.getByLabelText(/new password/i), 'twelve chars!');
    await userEvent.type(screen.getByLabelText(/repeat the password/i), 'twelve chars?');
    await userEvent.click(screen.getByRole('button', { name: 'Accept and create my account' }));
    expect(screen.getByLabelText(/repeat the password/i)).toHaveAccessibleDescription(
      'The two passwords differ.',
    );
    expect(mocked.acceptInvitation).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText(/repeat the password/i));
    await userEvent.type(screen.getByLabelText(/repeat the password/i), 'twelve chars!');
    await userEvent.click(screen.getByRole('button', { name: 'Accept and create my account' }));
    await waitFor(() => expect(api.getSnapshot().status).toBe('signed-in'));
    expect(mocked.acceptInvitation).toHaveBeenCalledWith({
      token: 'tok-123456789012345678901',
      name: 'Nora',
      password: 'twelve chars!',
    });
  });

  it('asks someone with an account to sign in as the invited address first', async () => {
    mocked.previewInvitation.mockResolvedValue(preview({ hasAccount: true }));
    renderWithProviders(<AcceptInvitation token="tok-123456789012345678901" />);
    const link = await screen.findByRole('link', { name: 'Sign in as new@school.eu' });
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/sign-in');
    expect(href.searchParams.get('email')).toBe('new@school.eu');
    expect(href.searchParams.get('next')).toBe('/accept-invitation?token=tok-123456789012345678901');
  });

  it('says when the link no longer works', async () => {
    mocked.previewInvitation.mockRejectedValue(
      new ApiError({ status: 400, code: 'INVALID_TOKEN', detail: 'x' }),
    );
    renderWithProviders(<AcceptInvitation token="tok-123456789012345678901" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation does not work any more');
  });
});

describe('RegisterView', () => {
  it('explains that registration is closed instead of showing the form', async () => {
    mocked.publicSettings.mockResolvedValue({ registrationEnabled: false });
    renderWithProviders(<RegisterView />);
    expect(await screen.findByText('Registration is closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create account' })).not.toBeInTheDocument();
  });
});
