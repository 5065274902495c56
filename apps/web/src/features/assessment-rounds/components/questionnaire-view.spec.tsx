import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QuestionnaireView } from '@campus/contracts';
import { api, ApiError, type RequestOptions } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { ANSWERED_KEY, TOKEN_KEY } from '../lib/respondent-token';
import { RespondentQuestionnaire } from './questionnaire-view';

const TOKEN = 'qVc2bq4Yb0mE1xUuJ5lZt3o9kY6wN8rC7pA2sD4fG1h';

const questionnaire: QuestionnaireView = {
  roundId: 'round-1',
  roundTitle: 'Spring self-assessment',
  organisationName: 'Istituto Aldini Valeriani',
  respondentGroup: 'teachers',
  locale: 'en',
  roundLocale: 'it',
  closesAt: null,
  framework: { title: 'Internationalisation of VET', description: '' },
  areas: [
    {
      key: 'strategy',
      title: 'Strategy and leadership',
      description: '',
      statements: [
        { key: 'strategy-written', text: 'Our strategy is written down.' },
        { key: 'strategy-shared', text: 'Staff know the strategy.' },
      ],
    },
    {
      key: 'mobility',
      title: 'Mobility management',
      description: '',
      statements: [{ key: 'mobility-prepared', text: 'Participants are prepared.' }],
    },
  ],
  customQuestions: [{ key: 'q1', text: 'Do we welcome partner visits?' }],
};

function mockApi(onSubmit: (body: unknown) => Promise<unknown> = () => Promise.resolve({ received: true })) {
  return jest
    .spyOn(api, 'request')
    .mockImplementation(async (method: string, path: string, options?: RequestOptions) => {
      expect(options?.headers).toEqual({ 'X-Respondent-Token': TOKEN });
      if (method === 'GET' && path === '/respond') return questionnaire;
      if (method === 'POST' && path === '/respond') return onSubmit(options?.body);
      throw new Error(`unexpected ${method} ${path}`);
    });
}

/** Chooses a score for the statement whose radiogroup is named by its text. */
async function choose(text: string, label: string) {
  const group = screen.getByRole('group', { name: text });
  await userEvent.click(within(group).getByRole('radio', { name: label }));
}

describe('the respondent questionnaire', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
    window.history.replaceState(null, '', `/answer#token=${TOKEN}`);
  });
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });

  it('takes the token from the address, removes it, and sends it only in the header', async () => {
    mockApi();
    renderWithProviders(<RespondentQuestionnaire />);
    expect(await screen.findByRole('heading', { name: 'Spring self-assessment' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    expect(window.sessionStorage.getItem(TOKEN_KEY)).toBe(TOKEN);
  });

  it('goes part by part, sends only a complete set of answers and thanks the respondent', async () => {
    const sent: unknown[] = [];
    mockApi((body) => {
      sent.push(body);
      return Promise.resolve({ received: true });
    });
    renderWithProviders(<RespondentQuestionnaire />);
    await screen.findByRole('heading', { name: 'Strategy and leadership' });
    expect(screen.getByText('Part 1 of 3')).toBeInTheDocument();

    await choose('Our strategy is written down.', '1 – not at all true');
    // An incomplete questionnaire is not sent: the respondent is told and taken to what is missing.
    await userEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText(/Please answer every statement/)).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Staff know the strategy.' })).getAllByRole('radio')[0],
      ).toHaveFocus(),
    );
    expect(sent).toHaveLength(0);

    await choose('Staff know the strategy.', 'Does not apply');
    await userEvent.click(screen.getByRole('button', { name: 'Next part' }));
    await choose('Participants are prepared.', '4');
    await userEvent.click(screen.getByRole('button', { name: 'Next part' }));
    expect(screen.getByRole('heading', { name: 'Questions from the school' })).toBeInTheDocument();
    await choose('Do we welcome partner visits?', '5 – fully true');
    expect(screen.getByText('4 of 4 answered')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByRole('heading', { name: 'Thank you' })).toBeInTheDocument();
    expect(sent).toEqual([
      {
        answers: { 'strategy-written': 1, 'strategy-shared': 0, 'mobility-prepared': 4 },
        customAnswers: { q1: 5 },
      },
    ]);
    expect(JSON.parse(window.localStorage.getItem(ANSWERED_KEY) ?? '[]')).toEqual(['round-1']);
  });

  it('shows all parts at once on request', async () => {
    mockApi();
    renderWithProviders(<RespondentQuestionnaire />);
    await screen.findByRole('heading', { name: 'Strategy and leadership' });
    await userEvent.click(screen.getByRole('button', { name: 'Show all parts at once' }));
    expect(screen.getByRole('heading', { name: 'Mobility management' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Questions from the school' })).toBeInTheDocument();
  });

  it('tells a browser that answered before', async () => {
    window.localStorage.setItem(ANSWERED_KEY, JSON.stringify(['round-1']));
    mockApi();
    renderWithProviders(<RespondentQuestionnaire />);
    expect(await screen.findByText(/already sent answers to this round/)).toBeInTheDocument();
  });

  it('explains a link that no longer works', async () => {
    jest
      .spyOn(api, 'request')
      .mockRejectedValue(new ApiError({ status: 410, code: 'ROUND_LINK_USED', detail: 'used' }));
    renderWithProviders(<RespondentQuestionnaire />);
    expect(await screen.findByRole('heading', { name: 'This link no longer works' })).toBeInTheDocument();
    expect(screen.getByText(/personal link has been used/)).toBeInTheDocument();
  });

  it('without a token, says the link is not valid', () => {
    window.history.replaceState(null, '', '/answer');
    renderWithProviders(<RespondentQuestionnaire />);
    expect(screen.getByRole('heading', { name: 'This link is not valid' })).toBeInTheDocument();
  });
});
