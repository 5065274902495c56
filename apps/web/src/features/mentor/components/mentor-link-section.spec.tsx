import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser, MentorActionView, MentorLinkView } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { mobilityView } from '../../mobilities/testing/mobility-view.fixture';
import { MentorLinkSection } from './mentor-link-section';

const ORG = mobilityView.organisationId;
const base = `/orgs/${ORG}/mobilities/${mobilityView.id}`;
const marta: CurrentUser = {
  id: '6e2d3c4b-1111-4222-8333-944455556666',
  email: 'marta@school.it',
  name: 'Marta Rossi',
  locale: 'en',
  timeZone: 'Europe/Rome',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [],
};

function link(id: string, state: MentorLinkView['state']): MentorLinkView {
  return {
    id,
    createdAt: '2027-02-20T09:00:00Z',
    createdBy: { id: marta.id, name: 'Marta Rossi' },
    expiresAt: '2027-04-13T00:00:00Z',
    revokedAt: state === 'revoked' ? '2027-02-21T09:00:00Z' : null,
    lastUsedAt: null,
    state,
  };
}

const activity: MentorActionView[] = [
  {
    id: 'a2',
    action: 'entry_commented',
    at: '2027-03-02T16:00:00Z',
    agreementVersion: null,
    entry: { id: 'e1', date: '2027-03-02' },
    comment: 'Add what you learned at the meeting.',
  },
  {
    id: 'a1',
    action: 'agreement_confirmed',
    at: '2027-02-21T10:00:00Z',
    agreementVersion: 1,
    entry: null,
    comment: null,
  },
];

jest.setTimeout(20_000);

describe('MentorLinkSection', () => {
  beforeEach(() => api.setSession({ accessToken: 't', expiresIn: 900, user: marta }));
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it('sends a new link, lists the links with their state, revokes one after asking, and shows the mentor’s activity', async () => {
    let links = [link('l1', 'active')];
    const get = jest
      .spyOn(api, 'get')
      .mockImplementation((path: string) =>
        Promise.resolve((path.endsWith('/mentor-links') ? links : activity) as never),
      );
    const post = jest.spyOn(api, 'post').mockImplementation((path: string) => {
      if (path.endsWith('/revoke')) {
        links = [link('l2', 'active'), link('l1', 'revoked')];
        return Promise.resolve(links[1] as never);
      }
      links = [link('l2', 'active'), ...links];
      return Promise.resolve(links[0] as never);
    });
    renderWithProviders(
      <MentorLinkSection mobility={{ ...mobilityView, status: 'in_progress' }} orgId={ORG} />,
    );

    const table = await screen.findByRole('table', { name: 'Links sent' });
    expect(within(table).getByText('Active')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(post).toHaveBeenCalledWith(`${base}/mentor-links`);
    expect(await screen.findByText(/A new link has been sent to aino@tredu.fi/)).toBeVisible();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));

    await userEvent.click(within(table).getAllByRole('button', { name: /Revoke the link sent on/ })[1]);
    const dialog = await screen.findByRole('dialog', { name: 'Revoke this link?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(post).toHaveBeenCalledWith(`${base}/mentor-links/l1/revoke`);
    await waitFor(() => expect(within(table).getByText('Revoked')).toBeVisible());

    const history = screen.getByRole('region', { name: "Host mentor's activity" });
    const items = within(history).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Commented on the logbook entry of 2 Mar 2027');
    expect(items[0]).toHaveTextContent('Add what you learned at the meeting.');
    expect(items[1]).toHaveTextContent('Confirmed version 1 of the learning agreement');
    expect(get).toHaveBeenCalledWith(`${base}/mentor-activity`, undefined, expect.anything());
  });

  it('offers no sending for a validated mobility', async () => {
    jest.spyOn(api, 'get').mockResolvedValue([] as never);
    renderWithProviders(
      <MentorLinkSection mobility={{ ...mobilityView, status: 'validated' }} orgId={ORG} />,
    );
    expect(
      await screen.findByText('No link can be sent for a cancelled or validated mobility.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Send/ })).toBeNull();
  });
});
