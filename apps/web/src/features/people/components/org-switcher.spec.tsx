import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import type { CurrentUser } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { OrgSwitcher } from './org-switcher';

const manager = (memberships: CurrentUser['memberships'], isPlatformAdmin = false): CurrentUser => ({
  id: 'u',
  email: 'aino@partner.campus',
  name: 'Aino',
  locale: 'en',
  timeZone: 'Europe/Helsinki',
  isPlatformAdmin,
  emailVerified: true,
  memberships,
});

function Page() {
  const { orgId = '' } = useParams();
  return (
    <>
      <p>current: {orgId}</p>
      <OrgSwitcher orgId={orgId} organisationName="Visited School" />
    </>
  );
}

const renderAt = (orgId: string) =>
  renderWithProviders(
    <Routes>
      <Route path="/orgs/:orgId/people" element={<Page />} />
    </Routes>,
    { route: `/orgs/${orgId}/people` },
  );

afterEach(() => api.clearSession());

describe('OrgSwitcher', () => {
  it('lets a manager of several organisations switch between their people pages', async () => {
    api.setSession({
      accessToken: 't',
      expiresIn: 900,
      user: manager([
        { organisationId: 'org-a', organisationName: 'Demo VET School', role: 'manager' },
        { organisationId: 'org-b', organisationName: 'Partner VET School', role: 'manager' },
        { organisationId: 'org-c', organisationName: 'Learner School', role: 'learner' },
      ]),
    });
    renderAt('org-a');
    const select = screen.getByRole('combobox', { name: 'Organisation' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Demo VET School',
      'Partner VET School',
    ]);
    await userEvent.selectOptions(select, 'Partner VET School');
    expect(screen.getByText('current: org-b')).toBeInTheDocument();
  });

  it('is absent for a manager of one organisation', () => {
    api.setSession({
      accessToken: 't',
      expiresIn: 900,
      user: manager([{ organisationId: 'org-a', organisationName: 'Demo VET School', role: 'manager' }]),
    });
    renderAt('org-a');
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
