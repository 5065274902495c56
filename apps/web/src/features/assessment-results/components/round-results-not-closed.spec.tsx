import { cleanup, screen } from '@testing-library/react';
import type { CurrentUser } from '@campus/contracts';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { RoundResults } from './round-results-view';

const ORG = '3f2e1d0c-1111-4222-8333-944455556666';
const ROUND = '9a8b7c6d-2222-4333-8444-955566667777';

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

describe('RoundResults of a round still open', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it('explains that results show once the round is closed, instead of an error', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
    jest
      .spyOn(api, 'get')
      .mockRejectedValue(new ApiError({ status: 409, code: 'CONFLICT', detail: 'once the round is closed' }));
    renderWithProviders(<RoundResults orgId={ORG} roundId={ROUND} />, {
      route: `/orgs/${ORG}/self-assessment/rounds/${ROUND}/results`,
    });
    expect(await screen.findByText('The results show once the round is closed')).toBeInTheDocument();
    expect(screen.getByText(/would give away the answers given in between/)).toBeInTheDocument();
    expect(screen.queryByText('This cannot be done in the current state.')).not.toBeInTheDocument();
    // No downloads and no roadmap from results that do not exist yet.
    expect(screen.queryByRole('button', { name: 'Download PDF' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Build a roadmap from these results' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the round' })).toBeInTheDocument();
  });
});
