import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MentorMobilityView } from '@campus/contracts';
import { api, ApiError, type RequestOptions } from '../../../api';
import i18n from '../../../i18n';
import { renderWithProviders } from '../../../test/render';
import { LANGUAGE_KEY, TOKEN_KEY } from '../lib/mentor-token';
import { MentorView } from './mentor-view';

const TOKEN = 'qVc2bq4Yb0mE1xUuJ5lZt3o9kY6wN8rC7pA2sD4fG1h';
const O1 = '11111111-1111-4111-8111-111111111111';
const O2 = '22222222-2222-4222-8222-222222222222';
const E1 = '33333333-3333-4333-8333-333333333333';

const content = {
  objectives: 'Learn how the host school runs its international office.',
  outcomes: [
    { id: O1, statement: 'Describe the mobility cycle of the host school.', category: 'knowledge' as const },
    { id: O2, statement: 'Prepare a learning agreement with a partner school.', category: 'skills' as const },
  ],
  tasks: 'Shadow the international coordinator.',
  languages: ['en', 'fi'],
  mentoring: 'A daily check-in with the host mentor.',
  recognition: 'Recorded in the staff development plan.',
};

function page(overrides: Partial<MentorMobilityView> = {}): MentorMobilityView {
  return {
    mobility: {
      participantName: 'Luca Bianchi',
      sendingOrganisation: 'Istituto Aldini Valeriani',
      host: { name: 'Tampereen seudun ammattiopisto', country: 'FI', city: 'Tampere' },
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      activityType: 'SM-JOB-SHDW',
      status: 'in_progress',
      mentor: { name: 'Aino Virtanen', language: 'en' },
    },
    agreement: {
      mobilityId: 'm1',
      agreedVersion: 1,
      current: {
        version: 1,
        isAmendment: false,
        createdAt: '2027-02-01T09:00:00Z',
        createdBy: null,
        agreedAt: '2027-02-03T09:00:00Z',
        confirmedParties: ['participant', 'manager'],
        changes: null,
        content,
        confirmations: [],
        missingParties: ['mentor'],
      },
      versions: [],
      changeRequests: [],
      editable: true,
    },
    agreementSeen: null,
    logbook: {
      mobility: {
        id: 'm1',
        status: 'in_progress',
        startDate: '2027-03-01',
        endDate: '2027-03-05',
        interruptions: [],
        timeZone: 'Europe/Rome',
      },
      outcomes: content.outcomes,
      entries: [
        {
          id: E1,
          date: '2027-03-02',
          hours: 7.5,
          activities: 'Sat in on the partner meeting with a school from Porto.',
          outcomeIds: [O1],
          reflection: '',
          mentor: { status: 'pending', comment: null, reviewedAt: null },
          evidence: [],
          createdAt: '2027-03-02T17:00:00Z',
          updatedAt: '2027-03-02T17:00:00Z',
        },
      ],
      totals: { days: 1, hours: 7.5, confirmed: 0 },
    },
    assessment: null,
    assessmentOutcomes: content.outcomes,
    assessmentOpen: true,
    linkExpiresAt: '2027-04-05T00:00:00Z',
    ...overrides,
  };
}

type Call = { method: string; path: string; options?: RequestOptions };

/** Answers the mentor API from `respond`, recording every call with its headers. */
function mockApi(respond: (c: Call) => unknown) {
  const calls: Call[] = [];
  jest
    .spyOn(api, 'request')
    .mockImplementation(async (method: string, path: string, options?: RequestOptions) => {
      const call = { method, path, options };
      calls.push(call);
      return await respond(call);
    });
  return calls;
}

jest.setTimeout(20_000);

describe('MentorView', () => {
  beforeEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/mentor');
  });
  afterEach(async () => {
    cleanup();
    jest.restoreAllMocks();
    await i18n.changeLanguage('en');
  });

  it('takes the token from the link, hides it from the address bar and sends it only in the header', async () => {
    window.history.replaceState(null, '', `/mentor#token=${TOKEN}`);
    const calls = mockApi(() => page());
    renderWithProviders(<MentorView />, { route: '/mentor' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mentoring Luca Bianchi' })).toBeVisible();
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain(TOKEN);
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe(TOKEN);
    expect(calls[0]).toMatchObject({ method: 'GET', path: '/mentor/mobility' });
    expect(calls[0].options?.headers).toEqual({ 'X-Mentor-Token': TOKEN });
    expect(calls.every((c) => !c.path.includes(TOKEN))).toBe(true);
  });

  it('keeps working after a reload with the token kept for the tab', async () => {
    sessionStorage.setItem(TOKEN_KEY, TOKEN);
    const calls = mockApi(() => page());
    renderWithProviders(<MentorView />, { route: '/mentor' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mentoring Luca Bianchi' })).toBeVisible();
    expect(calls[0].options?.headers).toEqual({ 'X-Mentor-Token': TOKEN });
  });

  it('says plainly that an expired link has expired and whom to ask for a new one', async () => {
    window.history.replaceState(null, '', `/mentor#token=${TOKEN}`);
    mockApi(() => {
      throw new ApiError({
        status: 410,
        code: 'MENTOR_LINK_EXPIRED',
        detail: 'This mentor link has expired.',
        organisationName: 'Istituto Aldini Valeriani',
      });
    });
    renderWithProviders(<MentorView />, { route: '/mentor' });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link has expired' })).toBeVisible();
    expect(screen.getByText('Ask Istituto Aldini Valeriani for a new one.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says a revoked link has been withdrawn, and an address without a token does not work', async () => {
    sessionStorage.setItem(TOKEN_KEY, TOKEN);
    mockApi(() => {
      throw new ApiError({ status: 410, code: 'MENTOR_LINK_REVOKED', detail: 'Withdrawn.' });
    });
    renderWithProviders(<MentorView />, { route: '/mentor' });
    expect(await screen.findByRole('heading', { name: 'This link has been withdrawn' })).toBeVisible();
    expect(screen.getByText('Ask the school that sent it for a new one.')).toBeVisible();
    cleanup();

    sessionStorage.clear();
    const calls = mockApi(() => page());
    renderWithProviders(<MentorView />, { route: '/mentor' });
    expect(screen.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
    expect(calls).toHaveLength(0);
  });

  it('switches to the mentor’s language once, leaving the switcher’s later choice alone', async () => {
    window.history.replaceState(null, '', `/mentor#token=${TOKEN}`);
    const fi = page();
    fi.mobility.mentor.language = 'fi';
    mockApi(() => fi);
    renderWithProviders(<MentorView />, { route: '/mentor' });
    await waitFor(() => expect(i18n.language).toBe('fi'));
    expect(sessionStorage.getItem(LANGUAGE_KEY)).toBe('fi');
    cleanup();

    await i18n.changeLanguage('en');
    mockApi(() => fi);
    renderWithProviders(<MentorView />, { route: '/mentor' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mentoring Luca Bianchi' })).toBeVisible();
    expect(i18n.language).toBe('en');
  });

  it('confirms the agreement and an entry, named by its day, with the token', async () => {
    sessionStorage.setItem(TOKEN_KEY, TOKEN);
    const calls = mockApi((c) => (c.method === 'GET' ? page() : {}));
    renderWithProviders(<MentorView />, { route: '/mentor' });

    const agreement = await screen.findByRole('region', { name: 'Learning agreement' });
    await userEvent.click(within(agreement).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/mentor/agreement/confirm')).toBe(true));
    const confirm = calls.find((c) => c.path === '/mentor/agreement/confirm')!;
    expect(confirm.options).toMatchObject({ body: { version: 1 }, headers: { 'X-Mentor-Token': TOKEN } });

    const day = screen.getByRole('region', { name: '2 Mar 2027' });
    expect(within(day).getByText('7.5 hours')).toBeVisible();
    await userEvent.click(within(day).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(calls.some((c) => c.path === `/mentor/logbook/${E1}/review`)).toBe(true));
    expect(calls.find((c) => c.path === `/mentor/logbook/${E1}/review`)!.options?.body).toEqual({
      status: 'confirmed',
    });
  });

  it('asks for every outcome to be rated before sending the assessment', async () => {
    sessionStorage.setItem(TOKEN_KEY, TOKEN);
    const calls = mockApi((c) => (c.method === 'GET' ? page() : {}));
    renderWithProviders(<MentorView />, { route: '/mentor' });
    const form = await screen.findByRole('form', { name: 'Final assessment' });
    await userEvent.click(
      within(within(form).getByRole('group', { name: content.outcomes[0].statement })).getByLabelText(
        'Achieved',
      ),
    );
    await userEvent.type(
      within(form).getByLabelText(/Skills and competences acquired/),
      'Runs partner meetings.',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Submit assessment' }));
    const second = within(form).getByRole('group', { name: content.outcomes[1].statement });
    expect(within(second).getByText('Choose how far this outcome was achieved.')).toBeVisible();
    expect(calls.some((c) => c.path === '/mentor/assessment')).toBe(false);

    await userEvent.click(within(second).getByLabelText('Partly achieved'));
    await userEvent.click(within(form).getByRole('button', { name: 'Submit assessment' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/mentor/assessment')).toBe(true));
    expect(calls.find((c) => c.path === '/mentor/assessment')!.options?.body).toEqual({
      actualStart: '2027-03-01',
      actualEnd: '2027-03-05',
      outcomes: [
        { outcomeId: O1, rating: 'achieved' },
        { outcomeId: O2, rating: 'partly' },
      ],
      statement: 'Runs partner meetings.',
    });
  });
  it('asks for the assessment again when an amendment was agreed after it', async () => {
    sessionStorage.setItem(TOKEN_KEY, TOKEN);
    const amended = page({
      assessment: {
        agreementVersion: 1,
        actualStart: '2027-03-01',
        actualEnd: '2027-03-05',
        outcomes: [{ outcomeId: O1, rating: 'achieved' }],
        statement: 'Runs partner meetings.',
        submittedAt: '2027-03-05T15:00:00Z',
      },
    });
    amended.agreement = { ...amended.agreement!, agreedVersion: 2 };
    mockApi(() => amended);
    renderWithProviders(<MentorView />, { route: '/mentor' });
    expect(
      await screen.findByText(
        'The learning agreement was amended after your assessment of version 1. Please assess the outcomes of version 2.',
      ),
    ).toBeVisible();
    const form = screen.getByRole('form', { name: 'Final assessment' });
    expect(within(form).getByLabelText(/Skills and competences acquired/)).toHaveValue(
      'Runs partner meetings.',
    );
    expect(within(form).queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
