import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { authApi } from '../api/auth.api';
import { SignInForm } from './sign-in-form';

jest.mock('../api/auth.api', () => ({
  authApi: {
    login: jest.fn(),
    publicSettings: jest.fn(() => Promise.resolve({ registrationEnabled: true })),
    resendVerification: jest.fn(() => Promise.resolve({ message: 'ok' })),
  },
}));
const login = authApi.login as jest.MockedFunction<typeof authApi.login>;
const resend = authApi.resendVerification as jest.MockedFunction<typeof authApi.resendVerification>;

const problem = (status: number, code: ApiError['code'], detail: string, extra: Partial<ApiError> = {}) =>
  new ApiError({ status, code, detail, requestId: 'req-1', ...extra, errors: extra.fieldErrors });

async function fillAndSubmit(email = 'Lucia@Demo.Campus', password = 'campus-demo-pass') {
  await userEvent.type(screen.getByLabelText(/e-mail address/i), email);
  await userEvent.type(screen.getByLabelText(/^password/i), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

beforeEach(() => {
  jest.clearAllMocks();
  api.clearSession();
});

describe('SignInForm', () => {
  it('checks the fields before calling the API', async () => {
    renderWithProviders(<SignInForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText(/e-mail address/i);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Fill in this field.');
    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription('Fill in this field.');
    await waitFor(() => expect(email).toHaveFocus());
    expect(login).not.toHaveBeenCalled();
  });

  it('rejects a malformed address with a message in the UI language', async () => {
    renderWithProviders(<SignInForm />);
    await fillAndSubmit('not-an-address');
    expect(screen.getByLabelText(/e-mail address/i)).toHaveAccessibleDescription(
      'Enter a valid e-mail address, like name@school.eu.',
    );
    expect(login).not.toHaveBeenCalled();
  });

  it('shows the field errors and the detail of a validation problem from the API', async () => {
    login.mockRejectedValueOnce(
      problem(400, 'VALIDATION_FAILED', 'Invalid input: email: This domain does not receive mail.', {
        fieldErrors: [{ field: 'email', message: 'This domain does not receive mail.' }],
      }),
    );
    renderWithProviders(<SignInForm />);
    await fillAndSubmit();

    expect(login).toHaveBeenCalledWith({ email: 'lucia@demo.campus', password: 'campus-demo-pass' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need your attention.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Invalid input: email: This domain does not receive mail.',
    );
    expect(screen.getByLabelText(/e-mail address/i)).toHaveAccessibleDescription(
      'This domain does not receive mail.',
    );
  });

  it('says when the credentials are wrong', async () => {
    login.mockRejectedValueOnce(
      problem(401, 'INVALID_CREDENTIALS', 'The e-mail address or the password is wrong.'),
    );
    renderWithProviders(<SignInForm />);
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The e-mail address or the password is wrong.',
    );
  });

  it('offers to resend the confirmation e-mail to an unconfirmed address', async () => {
    login.mockRejectedValueOnce(problem(401, 'EMAIL_NOT_VERIFIED', 'Confirm your e-mail address first.'));
    renderWithProviders(<SignInForm />);
    await fillAndSubmit();
    await userEvent.click(await screen.findByRole('button', { name: 'Send the confirmation e-mail again' }));
    expect(resend).toHaveBeenCalledWith('lucia@demo.campus');
    expect(await screen.findByText(/a new link is on its way/)).toBeInTheDocument();
  });

  it('makes the person wait as long as the API asks after too many attempts', async () => {
    // The countdown reads Date.now(): a clock that only moves when the test says so keeps
    // "30 seconds" true on a machine slow enough to let a real second pass before the assertion.
    let clock = Date.now();
    const now = jest.spyOn(Date, 'now').mockImplementation(() => clock);
    try {
      login.mockRejectedValueOnce(problem(429, 'SIGN_IN_SLOWED_DOWN', 'Wait.', { retryAfter: 30 }));
      renderWithProviders(<SignInForm />);
      await fillAndSubmit();
      expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
      expect(screen.getByRole('button', { name: /wait 30 seconds/i })).toBeDisabled();

      clock += 30_000;
      expect(await screen.findByRole('button', { name: 'Sign in' }, { timeout: 3000 })).toBeEnabled();
    } finally {
      now.mockRestore();
    }
  });

  it('starts the session on success and links to registration while it is open', async () => {
    login.mockResolvedValueOnce({
      accessToken: 'token',
      expiresIn: 900,
      user: {
        id: 'u',
        email: 'lucia@demo.campus',
        name: 'Lucia',
        locale: 'en',
        timeZone: 'Europe/Rome',
        isPlatformAdmin: false,
        emailVerified: true,
        memberships: [],
      },
    });
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    expect(await screen.findByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/register',
    );
    await fillAndSubmit();
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(api.getSnapshot()).toMatchObject({ status: 'signed-in', user: { name: 'Lucia' } });
  });
});
