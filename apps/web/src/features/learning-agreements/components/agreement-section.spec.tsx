import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  AgreementVersionView,
  CurrentUser,
  LearningAgreementView,
  SaveLearningAgreementRequest,
} from '@campus/contracts';
import { api, ApiError } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { agreementContent } from '../testing/agreement.fixture';
import { AgreementSection } from './agreement-section';

const MOBILITY = '7b1e5c1a-2222-4333-8444-955566667777';
const luca: CurrentUser = {
  id: '5d1c2b3a-1111-4222-8333-944455556666',
  email: 'luca@school.it',
  name: 'Luca Bianchi',
  locale: 'en',
  timeZone: 'Europe/Rome',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [],
};
const empty: LearningAgreementView = {
  mobilityId: MOBILITY,
  agreedVersion: null,
  current: null,
  versions: [],
  changeRequests: [],
  editable: true,
};

function versionView(body: SaveLearningAgreementRequest, version: number): AgreementVersionView {
  return {
    version,
    isAmendment: false,
    createdAt: '2027-02-01T09:00:00Z',
    createdBy: { id: luca.id, name: luca.name },
    agreedAt: null,
    confirmedParties: [],
    changes: null,
    content: {
      ...body.content,
      outcomes: body.content.outcomes.map((o) => ({ ...o, category: o.category ?? null })),
    },
    confirmations: [],
    missingParties: ['participant', 'manager', 'mentor'],
  };
}

/** Types by pasting: a keystroke at a time makes this form slow to fill under load. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

jest.setTimeout(20_000);

describe('AgreementSection', () => {
  beforeEach(() => api.setSession({ accessToken: 't', expiresIn: 900, user: luca }));
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
    api.clearSession();
  });

  it('lets the participant write the first version, then confirm it as the participant', async () => {
    let view = empty;
    jest.spyOn(api, 'get').mockImplementation(() => Promise.resolve(view));
    const put = jest.spyOn(api, 'request').mockImplementation((_method, _path, options) => {
      const body = options?.body as SaveLearningAgreementRequest;
      const current = versionView(body, 1);
      view = { ...view, current, versions: [current] };
      return Promise.resolve(view);
    });
    const post = jest.spyOn(api, 'post').mockImplementation(() => {
      const current = view.current as AgreementVersionView;
      const confirmed: AgreementVersionView = {
        ...current,
        confirmedParties: ['participant'],
        confirmations: [{ party: 'participant', at: '2027-02-02T10:00:00Z', byName: luca.name }],
        missingParties: ['manager', 'mentor'],
      };
      view = { ...view, current: confirmed, versions: [confirmed] };
      return Promise.resolve(view);
    });
    renderWithProviders(<AgreementSection scope={{ kind: 'me', mobilityId: MOBILITY }} />);

    expect(await screen.findByText('No learning agreement yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Write the learning agreement' }));
    const form = within(screen.getByRole('form', { name: 'Edit the learning agreement' }));
    await userEvent.click(form.getByRole('button', { name: 'Save the agreement' }));
    expect(form.getByRole('textbox', { name: /Objectives/ })).toHaveAccessibleDescription(
      /Fill in this field/,
    );
    expect(put).not.toHaveBeenCalled();

    await fill(form.getByRole('textbox', { name: /Objectives/ }), 'Learn how the office works.');
    await fill(form.getByRole('textbox', { name: 'Outcome 1' }), 'Describe the mobility cycle.');
    await userEvent.selectOptions(form.getByRole('combobox', { name: 'Kind of outcome 1' }), 'Knowledge');
    await userEvent.click(form.getByRole('button', { name: 'Add an outcome' }));
    await fill(form.getByRole('textbox', { name: 'Outcome 2' }), 'Plan a week abroad.');
    await fill(form.getByRole('textbox', { name: /Tasks and activities/ }), 'Shadow the coordinator.');
    await fill(form.getByRole('textbox', { name: /Languages used/ }), 'en, FI');
    await fill(form.getByRole('textbox', { name: /Mentoring/ }), 'Daily check-in.');
    await fill(form.getByRole('textbox', { name: /Recognition/ }), 'Staff development plan.');
    await userEvent.click(form.getByRole('button', { name: 'Save the agreement' }));

    expect(put).toHaveBeenCalledWith('PUT', `/me/mobilities/${MOBILITY}/agreement`, {
      body: {
        basedOnVersion: null,
        content: {
          objectives: 'Learn how the office works.',
          outcomes: [
            { id: expect.any(String), statement: 'Describe the mobility cycle.', category: 'knowledge' },
            { id: expect.any(String), statement: 'Plan a week abroad.', category: null },
          ],
          tasks: 'Shadow the coordinator.',
          languages: ['en', 'fi'],
          mentoring: 'Daily check-in.',
          recognition: 'Staff development plan.',
        },
      },
    });
    expect(await screen.findByText('The learning agreement is saved.')).toBeInTheDocument();
    expect(screen.getByText('Describe the mobility cycle.')).toBeInTheDocument();
    expect(screen.getByText('English, Finnish')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Confirm version 1' }));
    expect(post).toHaveBeenCalledWith(`/me/mobilities/${MOBILITY}/agreement/confirm`, { version: 1 });
    expect(await screen.findByText(/Confirmed by Luca Bianchi/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm version 1' })).toBeNull();
  });

  it('keeps the edits and offers a reload when someone else saved meanwhile', async () => {
    const current = versionView({ basedOnVersion: null, content: agreementContent }, 1);
    const get = jest
      .spyOn(api, 'get')
      .mockImplementation(() => Promise.resolve({ ...empty, current, versions: [current] }));
    jest.spyOn(api, 'request').mockRejectedValue(
      new ApiError({
        status: 409,
        code: 'AGREEMENT_OUTDATED',
        detail: 'The learning agreement is now at version 2: reload it and make your changes again.',
      }),
    );
    renderWithProviders(<AgreementSection scope={{ kind: 'org', orgId: 'org-1', mobilityId: MOBILITY }} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Change the learning agreement' }));
    const form = within(screen.getByRole('form', { name: 'Edit the learning agreement' }));
    expect(form.getByText('Nobody has confirmed version 1 yet: saving updates it.')).toBeInTheDocument();
    await fill(form.getByRole('textbox', { name: /Tasks and activities/ }), ' More.');
    await userEvent.click(form.getByRole('button', { name: 'Save the agreement' }));

    expect(
      await form.findByText(/Someone else saved the learning agreement while you were editing/),
    ).toBeInTheDocument();
    expect(form.getByText(/now at version 2/)).toBeInTheDocument();
    expect(form.getByRole('textbox', { name: /Tasks and activities/ })).toHaveValue('Tasks More.');
    const calls = get.mock.calls.length;
    await userEvent.click(form.getByRole('button', { name: 'Reload the agreement' }));
    expect(screen.queryByRole('form')).toBeNull();
    await screen.findByRole('button', { name: 'Change the learning agreement' });
    expect(get.mock.calls.length).toBeGreaterThan(calls);
    expect(get).toHaveBeenLastCalledWith(
      `/orgs/org-1/mobilities/${MOBILITY}/agreement`,
      undefined,
      expect.anything(),
    );
  });
});
