import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser, MyRoadmapActionView } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { MyActionsView } from './my-actions-view';

const owner: CurrentUser = {
  id: 'u1',
  email: 'aino@school.eu',
  name: 'Aino Aho',
  locale: 'en',
  timeZone: 'Europe/Helsinki',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [{ organisationId: 'org', organisationName: 'Demo VET School', role: 'learner' }],
};

const action: MyRoadmapActionView = {
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
  objectiveTitle: 'Recognition of learning outcomes',
  roadmap: { id: 'r1', title: 'Erasmus Plan', organisationId: 'org', organisationName: 'Demo VET School' },
};

describe('MyActionsView', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it("lets the owner change an action's status and notes, and nothing else", async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: owner });
    jest.spyOn(api, 'get').mockResolvedValue([action]);
    const patch = jest
      .spyOn(api, 'patch')
      .mockResolvedValue({ ...action, status: 'done', notes: 'Sent to the board' });
    renderWithProviders(<MyActionsView />);

    const card = (await screen.findByRole('heading', { name: 'Write a recognition procedure' })).closest(
      'section',
    )!;
    expect(
      within(card).getByText('Recognition of learning outcomes · Erasmus Plan · Demo VET School'),
    ).toBeTruthy();
    expect(within(card).getByText('Overdue')).toBeTruthy();
    const save = within(card).getByRole('button', { name: 'Save' });
    expect(save).toHaveProperty('disabled', true);

    const user = userEvent.setup();
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'done');
    await user.type(within(card).getByRole('textbox', { name: 'Notes' }), 'Sent to the board');
    await user.click(save);
    expect(patch).toHaveBeenCalledWith('/me/roadmap-actions/a1', {
      status: 'done',
      notes: 'Sent to the board',
    });
    expect(await within(card).findByText('Saved.')).toBeTruthy();
  });

  it('says so when the member owns no action', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: owner });
    jest.spyOn(api, 'get').mockResolvedValue([]);
    renderWithProviders(<MyActionsView />);
    expect(await screen.findByText('No actions for you')).toBeTruthy();
  });
});
