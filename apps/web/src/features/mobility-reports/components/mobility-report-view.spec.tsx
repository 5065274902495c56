import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser, MobilityReport } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { MobilityReportView } from './mobility-report-view';

const ORG = '3f2e1d0c-1111-4222-8333-944455556666';

const report: MobilityReport = {
  totals: { mobilities: 3, participants: 2, days: 19, hours: 40.75 },
  byYear: [
    { key: '2026', mobilities: 1, days: 9, hours: 14.75 },
    { key: '2027', mobilities: 2, days: 10, hours: 26 },
  ],
  byProject: [{ key: '2026-1-IT01-KA121-VET-000123456', mobilities: 3, days: 19, hours: 40.75 }],
  byCountry: [
    { key: 'FI', mobilities: 2, days: 10, hours: 26 },
    { key: 'ES', mobilities: 1, days: 9, hours: 14.75 },
  ],
  byActivityType: [
    { key: 'SM-JOB-SHDW', mobilities: 2, days: 10, hours: 26 },
    { key: 'SM-TTA', mobilities: 1, days: 9, hours: 14.75 },
  ],
  byStatus: [
    { key: 'validated', mobilities: 3, days: 19, hours: 40.75 },
    { key: 'cancelled', mobilities: 1, days: 10, hours: 0 },
  ],
};
const empty: MobilityReport = {
  totals: { mobilities: 0, participants: 0, days: 0, hours: 0 },
  byYear: [],
  byProject: [],
  byCountry: [],
  byActivityType: [],
  byStatus: [],
};

const user = (role: 'manager' | 'learner'): CurrentUser => ({
  id: 'me',
  email: 'mia@school.eu',
  name: 'Mia Manager',
  locale: 'en',
  timeZone: 'Europe/Rome',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [{ organisationId: ORG, organisationName: 'Demo VET School', role }],
});

describe('MobilityReportView', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it('shows totals, a destinations chart with its table beside it, and the breakdowns in words', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: user('manager') });
    const get = jest.spyOn(api, 'get').mockResolvedValue(report);
    renderWithProviders(<MobilityReportView orgId={ORG} />, { route: `/orgs/${ORG}/mobility-reports` });

    const totals = within(await screen.findByRole('region', { name: 'Totals' }));
    expect(totals.getByText('Hours logged').nextElementSibling).toHaveTextContent('40.75');
    expect(totals.getByText('Days of activity').nextElementSibling).toHaveTextContent('19');
    expect(totals.getByText('Participants').nextElementSibling).toHaveTextContent('2');

    const chart = screen.getByRole('img', { name: 'Destinations' });
    expect(chart).toHaveAccessibleDescription(/Bar chart of mobilities by receiving country/);
    const bars = chart.querySelectorAll('g[data-country]');
    expect([...bars].map((g) => g.querySelector('title')?.textContent)).toEqual(['Finland: 2', 'Spain: 1']);
    // The longest bar is the most visited country.
    const widths = [...bars].map((g) => Number(g.querySelector('rect')?.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1]);

    const countries = within(screen.getByRole('table', { name: 'By receiving country' }));
    expect(countries.getByRole('row', { name: /Finland/ })).toHaveTextContent(/Finland\s*2\s*10\s*26/);
    const types = within(screen.getByRole('table', { name: 'By activity type' }));
    expect(types.getByRole('rowheader', { name: 'Teaching or training assignment' })).toBeInTheDocument();
    const statuses = within(screen.getByRole('table', { name: 'By status' }));
    expect(statuses.getByRole('row', { name: /Cancelled/ })).toHaveTextContent(/Cancelled\s*1\s*10\s*0/);
    expect(get).toHaveBeenCalledWith(`/orgs/${ORG}/mobility-reports`, {}, expect.anything());

    await userEvent.selectOptions(screen.getByLabelText('Receiving country'), 'FI');
    expect(get).toHaveBeenLastCalledWith(
      `/orgs/${ORG}/mobility-reports`,
      { country: 'FI' },
      expect.anything(),
    );
  });

  it('downloads the Beneficiary Module CSV with the filters and the chosen separator', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: user('manager') });
    jest.spyOn(api, 'get').mockResolvedValue(report);
    const blob = jest.spyOn(api, 'blob').mockResolvedValue(new Blob(['\uFEFF"Mobility ID"\r\n']));
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    const saved: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    renderWithProviders(<MobilityReportView orgId={ORG} />, {
      route: `/orgs/${ORG}/mobility-reports?year=2027&status=validated`,
    });
    await screen.findByRole('region', { name: 'Totals' });

    await userEvent.selectOptions(screen.getByLabelText('CSV separator'), 'tab');
    await userEvent.click(screen.getByRole('button', { name: 'Download for the Beneficiary Module (CSV)' }));

    expect(blob).toHaveBeenCalledWith(`/orgs/${ORG}/mobility-reports/beneficiary-module.csv`, {
      year: 2027,
      status: 'validated',
      separator: 'tab',
    });
    expect(await screen.findByText('The CSV has been downloaded.')).toHaveAttribute('role', 'status');
    expect(saved).toEqual(['beneficiary-module.csv blob:csv']);
  });

  it('says when no mobility matches the filters', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: user('manager') });
    jest.spyOn(api, 'get').mockResolvedValue(empty);
    renderWithProviders(<MobilityReportView orgId={ORG} />, {
      route: `/orgs/${ORG}/mobility-reports?country=SE`,
    });
    expect(await screen.findByText('No mobilities match')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Destinations' })).not.toBeInTheDocument();
  });

  it('shows a learner that the page is for managers, without asking the API', () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: user('learner') });
    const get = jest.spyOn(api, 'get');
    renderWithProviders(<MobilityReportView orgId={ORG} />);
    expect(screen.queryByRole('region', { name: 'Totals' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mobility reports' })).toBeInTheDocument();
    expect(get).not.toHaveBeenCalled();
  });
});
