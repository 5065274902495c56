import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  CurrentUser,
  MemberView,
  RoadmapProgressView,
  RoadmapRecommendationsView,
  RoadmapView as Roadmap,
} from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { RoadmapView } from './roadmap-view';

const ORG = '3f2e1d0c-1111-4222-8333-944455556666';
const ID = '5b4a3c2d-3333-4444-8555-966677778888';

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

const roadmap: Roadmap = {
  id: ID,
  organisationId: ORG,
  title: 'Erasmus Plan 2027-2029',
  locale: 'en',
  startsOn: '2027-09-01',
  endsOn: '2029-08-31',
  sourceRoundId: 'round-1',
  sourceRound: { id: 'round-1', title: 'Autumn round', frameworkId: 'fw' },
  focusAreaKeys: ['recognition'],
  activityEstimates: [{ year: 2028, activityType: 'SM-JOB-SHDW', participants: 6 }],
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  objectives: [
    {
      id: 'o1',
      position: 0,
      areaKey: 'recognition',
      title: 'Recognition of learning outcomes',
      explanation: 'Weakest statements: outcomes are recognised.',
      startsOn: null,
      endsOn: null,
      indicator: 'Area score in the next round',
      indicatorKind: 'area_score',
      baseline: 2,
      target: 3,
      currentValue: null,
      actions: [
        {
          id: 'a1',
          objectiveId: 'o1',
          position: 0,
          title: 'Write a recognition procedure',
          owner: { id: 'u1', name: 'Aino Aho' },
          dueOn: '2026-10-01',
          status: 'planned',
          notes: '',
          completedAt: null,
          overdue: true,
        },
      ],
    },
  ],
};
const progress: RoadmapProgressView = {
  roadmapId: ID,
  today: '2026-12-04',
  measuredBy: { roundId: 'round-2', title: 'Spring round', closedAt: '2026-12-01T10:00:00Z' },
  objectives: [
    {
      objectiveId: 'o1',
      title: 'Recognition of learning outcomes',
      areaKey: 'recognition',
      indicatorKind: 'area_score',
      baseline: 2,
      target: 3,
      current: 2.5,
      percent: 50,
      actions: { total: 1, done: 0, cancelled: 0, overdue: 1 },
    },
  ],
  actions: { total: 1, done: 0, overdue: 1 },
  overdueActions: [
    { ...roadmap.objectives[0].actions[0], objectiveTitle: 'Recognition of learning outcomes' },
  ],
};
const members: MemberView[] = [
  { userId: 'u1', email: 'aino@school.eu', name: 'Aino Aho', role: 'learner', active: true, joinedAt: '' },
  {
    userId: 'u2',
    email: 'luca@school.eu',
    name: 'Luca Bianchi',
    role: 'trainer',
    active: true,
    joinedAt: '',
  },
];
const recommendations: RoadmapRecommendationsView = {
  areas: [
    {
      areaKey: 'recognition',
      title: 'Recognition',
      topic: 'recognition',
      courses: [
        {
          id: 'c1',
          title: 'ECVET in practice',
          summary: '',
          language: 'en',
          workloadHours: 8,
          enrolled: 1,
          completed: 0,
        },
      ],
    },
  ],
};

function mockApi() {
  api.setSession({ accessToken: 't', expiresIn: 900, user: manager });
  jest.spyOn(api, 'get').mockImplementation((path: string) => {
    const answer = path.endsWith('/progress')
      ? progress
      : path.endsWith('/recommendations')
        ? recommendations
        : path.endsWith('/members')
          ? members
          : roadmap;
    return Promise.resolve(answer);
  });
}

describe('RoadmapView', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it("shows each indicator's progress against the later round, overdue actions, and saves a status change at once", async () => {
    mockApi();
    const patch = jest.spyOn(api, 'patch').mockResolvedValue(roadmap);
    renderWithProviders(<RoadmapView orgId={ORG} roadmapId={ID} />);

    const bar = await screen.findByRole('progressbar', {
      name: 'Progress of "Recognition of learning outcomes"',
    });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByText('Baseline 2 · target 3 · now 2.5')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Overdue actions (1)' })).toBeTruthy();

    const status = screen.getByRole('combobox', { name: 'Status of "Write a recognition procedure"' });
    await userEvent.setup().selectOptions(status, 'in_progress');
    expect(patch).toHaveBeenCalledWith(`/orgs/${ORG}/roadmaps/${ID}/actions/a1`, { status: 'in_progress' });

    const owner = screen.getByRole('combobox', { name: 'Owner of "Write a recognition procedure"' });
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No owner yet', 'Aino Aho', 'Luca Bianchi']);
  });

  it('enrols the chosen members in a recommended course through the manager enrolment API', async () => {
    mockApi();
    const post = jest.spyOn(api, 'post').mockResolvedValue({
      enrolled: 1,
      alreadyEnrolled: 0,
      failed: 0,
      rows: [{ userId: 'u2', status: 'enrolled' }],
    });
    renderWithProviders(<RoadmapView orgId={ORG} roadmapId={ID} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Enrol staff in "ECVET in practice"' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Luca Bianchi' }));
    await user.click(within(dialog).getByRole('button', { name: 'Enrol 1 selected' }));
    expect(post).toHaveBeenCalledWith(`/orgs/${ORG}/enrolments`, { courseId: 'c1', userIds: ['u2'] });
  });
});
