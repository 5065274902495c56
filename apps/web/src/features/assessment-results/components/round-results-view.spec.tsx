import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser, RoundResultsView } from '@campus/contracts';
import { api } from '../../../api';
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

const results: RoundResultsView = {
  roundId: ROUND,
  title: 'Spring 2026',
  status: 'closed',
  closedAt: '2026-04-30T12:00:00.000Z',
  organisationName: 'Demo VET School',
  locale: 'en',
  framework: { id: 'f', slug: 'vet', versionId: 'v', version: 2, title: 'VET internationalisation' },
  minGroupSize: 3,
  respondents: {
    total: 6,
    byGroup: [
      { group: 'leaders', count: 2, shown: false },
      { group: 'teachers', count: 4, shown: true },
    ],
  },
  areas: [
    {
      key: 'strategy',
      title: 'Strategy and leadership',
      topic: 'internationalisation strategy',
      score: 3.25,
      byGroup: { leaders: null, teachers: 3.25 },
      spread: null,
      earlier: [{ roundId: 'r0', title: 'Autumn 2025', closedAt: '2025-11-20T10:00:00.000Z', score: 2.5 }],
      peerMedian: null,
      statements: [
        {
          key: 's1',
          text: 'We have a plan.',
          score: 3.5,
          byGroup: { leaders: null, teachers: 3.5 },
          doesNotApply: 1,
        },
      ],
    },
    {
      key: 'mobility',
      title: 'Mobility management',
      topic: 'mobility',
      score: 4,
      byGroup: { leaders: null, teachers: 4 },
      spread: null,
      earlier: [{ roundId: 'r0', title: 'Autumn 2025', closedAt: '2025-11-20T10:00:00.000Z', score: 3 }],
      peerMedian: null,
      statements: [],
    },
    {
      key: 'inclusion',
      title: 'Inclusion',
      topic: 'inclusion',
      score: 2,
      byGroup: { leaders: null, teachers: 2 },
      spread: null,
      earlier: [{ roundId: 'r0', title: 'Autumn 2025', closedAt: '2025-11-20T10:00:00.000Z', score: null }],
      peerMedian: null,
      statements: [],
    },
  ],
  customQuestions: [
    { key: 'q1', text: 'Pupils want to go abroad.', score: 4.5, byGroup: { leaders: null, teachers: 4.5 } },
  ],
  peers: { schools: 3, shown: false },
};

describe('RoundResults', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it('says a small group is hidden, never shows its numbers, and draws only what is shown', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
    const get = jest.spyOn(api, 'get').mockResolvedValue(results);
    renderWithProviders(<RoundResults orgId={ORG} roundId={ROUND} />, {
      route: `/orgs/${ORG}/self-assessment/rounds/${ROUND}/results`,
    });

    const respondents = await screen.findByRole('table', { name: 'Respondents' });
    const leaders = within(respondents).getByRole('row', { name: /Leaders/ });
    expect(leaders).toHaveTextContent('hidden: fewer than 3');
    expect(within(respondents).getByRole('row', { name: /Teachers/ })).toHaveTextContent('Shown');
    expect(get).toHaveBeenCalledWith(
      `/orgs/${ORG}/assessment-rounds/${ROUND}/results`,
      { locale: 'en' },
      expect.anything(),
    );

    // The chart: overall, teachers and the earlier round; no leaders, no peer median (hidden).
    const chart = screen.getByRole('img', { name: /Radar chart/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('Overall, Teachers, Earlier round: Autumn 2025'),
    );
    expect(chart.querySelectorAll('polygon[data-series]')).toHaveLength(3);
    expect(
      screen.getByText(/median of schools shows once 5 schools have closed a round \(so far: 3\)/),
    ).toBeInTheDocument();

    // The table beside the chart has the same figures.
    const data = screen.getByRole('table', { name: 'Scores by area, as in the chart' });
    expect(
      within(data)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Area', 'Overall', 'Teachers', 'Earlier round: Autumn 2025']);
    expect(within(data).getByRole('row', { name: /1\. Strategy and leadership/ })).toHaveTextContent('3.25');

    // Per area: the hidden group reads as hidden, not as a number or zero.
    const strategy = screen.getByRole('table', { name: 'Results of Strategy and leadership' });
    expect(within(strategy).getByRole('row', { name: /Leaders/ })).toHaveTextContent('hidden: fewer than 3');
    expect(within(strategy).getByRole('row', { name: /Earlier round: Autumn 2025/ })).toHaveTextContent(
      '2.50',
    );
    expect(within(strategy).queryByRole('row', { name: /Median of schools/ })).not.toBeInTheDocument();

    // Statements unfold.
    await userEvent.click(screen.getAllByText('Statements (1)')[0]);
    const statements = screen.getByRole('table', { name: 'Statements of Strategy and leadership' });
    expect(within(statements).getByRole('row', { name: /We have a plan/ })).toHaveTextContent('3.50');

    expect(screen.getByRole('link', { name: 'Build a roadmap from these results' })).toHaveAttribute(
      'href',
      `/orgs/${ORG}/roadmaps?fromRound=${ROUND}`,
    );
    expect(screen.getByRole('table', { name: 'Our own questions' })).toHaveTextContent(
      'Pupils want to go abroad.',
    );
  });

  it('downloads the PDF with the bearer token through the API client', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
    jest.spyOn(api, 'get').mockResolvedValue(results);
    const blob = jest.spyOn(api, 'blob').mockResolvedValue(new Blob(['%PDF']));
    URL.createObjectURL = jest.fn(() => 'blob:results');
    URL.revokeObjectURL = jest.fn();
    const saved: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderWithProviders(<RoundResults orgId={ORG} roundId={ROUND} />, {
      route: `/orgs/${ORG}/self-assessment/rounds/${ROUND}/results`,
    });
    await screen.findByRole('table', { name: 'Respondents' });
    await userEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(blob).toHaveBeenCalledWith(`/orgs/${ORG}/assessment-rounds/${ROUND}/results.pdf`, {
      locale: 'en',
    });
    expect(await screen.findByText('The file has been downloaded.')).toBeInTheDocument();
    expect(saved).toEqual(['self-assessment-results.pdf']);
  });
});
