import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser, MemberView, MobilityView, Page } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { mobilityView } from '../testing/mobility-view.fixture';
import { OrgMobilitiesView } from './org-mobilities-view';

const ORG = mobilityView.organisationId;
const luca: MemberView = {
  userId: mobilityView.participant.id,
  name: 'Luca Bianchi',
  email: 'luca@school.it',
  role: 'learner',
  active: true,
  joinedAt: '2026-01-01T00:00:00Z',
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

const page = (items: MobilityView[]): Page<MobilityView> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 25,
});

describe('OrgMobilitiesView', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  function mockApi(items: MobilityView[]) {
    return jest.spyOn(api, 'get').mockImplementation((path: string) => {
      if (path.endsWith('/members')) return Promise.resolve([luca]);
      return Promise.resolve(page(items));
    });
  }
  const listCalls = (get: jest.SpyInstance) =>
    get.mock.calls.filter(([path]) => path === `/orgs/${ORG}/mobilities`).map(([, query]) => query);

  it('reads the filters from the URL, drops a malformed one, and lists the records with readable values', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
    const get = mockApi([{ ...mobilityView, status: 'agreed' }]);
    renderWithProviders(<OrgMobilitiesView orgId={ORG} />, {
      route: `/orgs/${ORG}/mobilities?status=agreed&year=2027&activityType=SM-ROCKET`,
    });

    const table = within(await screen.findByRole('table', { name: '1 mobility' }));
    expect(listCalls(get)[0]).toEqual({ pageSize: 25, status: 'agreed', year: 2027, page: 1 });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('agreed');
    expect(screen.getByRole('combobox', { name: 'Year of departure' })).toHaveValue('2027');

    const row = within(table.getByRole('row', { name: /Luca Bianchi/ }));
    expect(row.getByRole('link', { name: 'Luca Bianchi' })).toHaveAttribute(
      'href',
      `/orgs/${ORG}/mobilities/${mobilityView.id}`,
    );
    expect(row.getByText('Job shadowing (SM-JOB-SHDW)')).toBeInTheDocument();
    expect(row.getByText('Tampere, Finland')).toBeInTheDocument();
    expect(row.getByText(/^1\s*–\s*12 Mar 2027$/)).toBeInTheDocument();
    expect(row.getByText('10 days')).toBeInTheDocument();
    expect(row.getByText('Agreed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New mobility' })).toHaveAttribute(
      'href',
      `/orgs/${ORG}/mobilities/new`,
    );
  });

  it('asks again with each filter chosen, and says when nothing matches', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
    const get = mockApi([]);
    renderWithProviders(<OrgMobilitiesView orgId={ORG} />, { route: `/orgs/${ORG}/mobilities` });
    expect(await screen.findByText('No mobilities yet')).toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Activity type' }),
      'Structured course (SM-COUR-TRAIN)',
    );
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Participant' }),
      'Luca Bianchi (luca@school.it)',
    );

    expect(await screen.findByText('No mobilities match these filters')).toBeInTheDocument();
    expect(listCalls(get).at(-1)).toEqual({
      pageSize: 25,
      activityType: 'SM-COUR-TRAIN',
      participantId: luca.userId,
      page: 1,
    });
  });

  it('shows nothing of the list to someone who does not manage the organisation', () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: { ...manager, memberships: [] } });
    const get = mockApi([mobilityView]);
    renderWithProviders(<OrgMobilitiesView orgId={ORG} />, { route: `/orgs/${ORG}/mobilities` });
    expect(screen.queryByRole('table')).toBeNull();
    expect(get).not.toHaveBeenCalled();
  });
});
