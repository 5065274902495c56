import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser, FocusAreasView, Page, RoadmapSummaryView } from '@campus/contracts';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { RoadmapsView } from './roadmaps-view';

const ORG = '3f2e1d0c-1111-4222-8333-944455556666';
const ROUND = '7a6b5c4d-2222-4333-8444-955566667777';

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

const area = (key: string, title: string, score: number | null) => ({
  key,
  title,
  topic: key,
  score,
  weakestStatements: score === null ? [] : [{ key: `${key}-1`, text: `${title} statement`, score }],
});

const focus: FocusAreasView = {
  roundId: ROUND,
  roundTitle: 'Spring round',
  status: 'closed',
  respondents: 12,
  areas: [
    area('recognition', 'Recognition', 1.8),
    area('partnerships', 'Partnerships', 2.4),
    area('inclusion', 'Inclusion', 3.1),
    area('strategy', 'Strategy', 4.2),
    area('curriculum', 'Curriculum', null),
  ],
};
const noRoadmaps: Page<RoadmapSummaryView> = { items: [], total: 0, page: 1, pageSize: 25 };

describe('focus-area picker of a new roadmap built from a round', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it('lists the round areas weakest first, starts with the two weakest, allows three at most and sends them in the order picked', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
    jest
      .spyOn(api, 'get')
      .mockImplementation((path: string) =>
        Promise.resolve(path.endsWith('/focus-areas') ? focus : noRoadmaps),
      );
    const post = jest.spyOn(api, 'post').mockResolvedValue({ id: 'new-roadmap' });
    renderWithProviders(<RoadmapsView orgId={ORG} />, { route: `/orgs/${ORG}/roadmaps?fromRound=${ROUND}` });

    const group = await screen.findByRole('group', { name: /Spring round/ });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('.ui-field')!.querySelector('label')!.textContent)).toEqual([
      'Recognition 1.8 of 5',
      'Partnerships 2.4 of 5',
      'Inclusion 3.1 of 5',
      'Strategy 4.2 of 5',
      'Curriculum (too few answers for a score)',
    ]);
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, false, false, false]);
    expect(within(group).getByText('Weakest statements: Recognition statement (1.8)')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(boxes[3]);
    // Three picked: the others cannot be ticked until one is unticked.
    expect((boxes[2] as HTMLInputElement).disabled).toBe(true);
    expect((boxes[4] as HTMLInputElement).disabled).toBe(true);
    await user.click(boxes[0]);
    expect((boxes[2] as HTMLInputElement).disabled).toBe(false);
    await user.click(boxes[2]);

    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Plan 2027');
    await user.click(screen.getByRole('button', { name: 'Create roadmap' }));
    expect(post).toHaveBeenCalledWith(
      `/orgs/${ORG}/roadmaps`,
      expect.objectContaining({
        title: 'Plan 2027',
        locale: 'en',
        fromRound: { roundId: ROUND, focusAreaKeys: ['partnerships', 'strategy', 'inclusion'] },
      }),
    );
  });

  it('refuses to build with no focus area picked', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
    jest
      .spyOn(api, 'get')
      .mockImplementation((path: string) =>
        Promise.resolve(path.endsWith('/focus-areas') ? focus : noRoadmaps),
      );
    const post = jest.spyOn(api, 'post');
    renderWithProviders(<RoadmapsView orgId={ORG} />, { route: `/orgs/${ORG}/roadmaps?fromRound=${ROUND}` });
    const group = await screen.findByRole('group', { name: /Spring round/ });
    const user = userEvent.setup();
    for (const box of within(group).getAllByRole('checkbox').slice(0, 2)) await user.click(box);
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Plan');
    await user.click(screen.getByRole('button', { name: 'Create roadmap' }));
    expect(await within(group).findByRole('alert')).toHaveProperty(
      'textContent',
      'Pick one to three focus areas.',
    );
    expect(post).not.toHaveBeenCalled();
  });

  it('explains that an open round has no focus areas yet, linking to its round page instead of the form', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
    jest
      .spyOn(api, 'get')
      .mockImplementation((path: string) =>
        path.endsWith('/focus-areas')
          ? Promise.reject(new ApiError({ status: 409, code: 'CONFLICT', detail: 'closed round' }))
          : Promise.resolve(noRoadmaps),
      );
    const post = jest.spyOn(api, 'post');
    renderWithProviders(<RoadmapsView orgId={ORG} />, { route: `/orgs/${ORG}/roadmaps?fromRound=${ROUND}` });
    expect(await screen.findByText('This round is still open')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the round' })).toHaveAttribute(
      'href',
      `/orgs/${ORG}/self-assessment/rounds/${ROUND}`,
    );
    expect(screen.queryByRole('button', { name: 'Create roadmap' })).not.toBeInTheDocument();
    expect(screen.queryByText('This cannot be done in the current state.')).not.toBeInTheDocument();

    // Starting without the round opens the blank form.
    await userEvent.click(screen.getByRole('link', { name: 'Start a roadmap without a round' }));
    expect(await screen.findByRole('button', { name: 'Create roadmap' })).toBeInTheDocument();
    expect(screen.queryByText('This round is still open')).not.toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();
  });
});
