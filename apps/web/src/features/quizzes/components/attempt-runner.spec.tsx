import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AttemptView } from '@campus/contracts';
import { ApiError, NETWORK_ERROR } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { quizzesApi } from '../api/quizzes.api';
import { storageKey } from '../lib/answer-queue';
import { AttemptRunner } from './attempt-runner';

jest.mock('../api/quizzes.api', () => ({
  quizzesApi: { save: jest.fn(), submit: jest.fn() },
}));
const mocked = jest.mocked(quizzesApi);

const attempt: AttemptView = {
  id: 'a1',
  quizId: 'q1',
  courseId: 'c1',
  lessonId: 'l1',
  number: 1,
  status: 'in_progress',
  startedAt: '2026-05-04T10:00:00.000Z',
  deadlineAt: null,
  graceSeconds: 30,
  serverNow: '2026-05-04T10:00:00.000Z',
  submittedAt: null,
  items: [
    {
      position: 1,
      type: 'single_choice',
      prompt: 'Which programme funds school staff mobility?',
      points: 1,
      options: [
        { id: 'ka1', text: 'Erasmus+ KA1' },
        { id: 'h2020', text: 'Horizon 2020' },
      ],
      response: null,
      savedAt: null,
    },
    {
      position: 2,
      type: 'short_answer',
      prompt: 'Name the document that lists planned learning outcomes.',
      points: 1,
      response: null,
      savedAt: null,
    },
    {
      position: 3,
      type: 'true_false',
      prompt: 'A learning agreement is signed before the mobility.',
      points: 1,
      response: null,
      savedAt: null,
    },
  ],
};

let online = true;
function setOnline(value: boolean) {
  online = value;
  act(() => {
    window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  });
}

const nav = () => within(screen.getByRole('navigation', { name: 'Questions' }));

describe('AttemptRunner', () => {
  beforeAll(() => {
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  });
  beforeEach(() => {
    online = true;
    localStorage.clear();
    let n = 0;
    mocked.save.mockImplementation((_id, position) =>
      Promise.resolve({ position, savedAt: `2026-05-04T10:0${++n}:00.000Z` }),
    );
  });

  it('keeps answers made offline on the device and re-sends them in order when back online', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AttemptRunner attempt={attempt} onTimeUp={jest.fn()} />);
    expect(screen.queryByText('Connection lost')).toBeNull();

    setOnline(false);
    expect(screen.getByText('Connection lost')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Erasmus+ KA1' }));
    expect(
      screen.getByText('Not saved: kept on this device until the connection is back'),
    ).toBeInTheDocument();
    await user.click(nav().getByRole('button', { name: '3 not answered' }));
    expect(screen.getByRole('heading', { name: 'Question 3 of 3' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(nav().getByRole('button', { name: '2 not answered' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Learning agreement');
    await act(() => new Promise((r) => setTimeout(r, 900)));

    expect(mocked.save).not.toHaveBeenCalled();
    const stored = JSON.parse(localStorage.getItem(storageKey('a1')) ?? '{}') as {
      entries: Record<string, { response: unknown; sent: boolean }>;
    };
    expect(stored.entries['1']).toMatchObject({ response: { optionId: 'ka1' }, sent: false });
    expect(stored.entries['2']).toMatchObject({ response: { text: 'Learning agreement' }, sent: false });
    expect(stored.entries['3']).toMatchObject({ response: { value: true }, sent: false });

    setOnline(true);
    expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();
    expect(screen.queryByText('Connection lost')).toBeNull();
    expect(mocked.save.mock.calls).toEqual([
      ['a1', 1, { optionId: 'ka1' }],
      ['a1', 3, { value: true }],
      ['a1', 2, { text: 'Learning agreement' }],
    ]);
    expect(nav().getByRole('button', { name: '1 answered' })).toBeInTheDocument();
  });

  it('shows the banner when a save cannot reach the API, and sends again when the connection is back', async () => {
    const user = userEvent.setup();
    mocked.save.mockRejectedValueOnce(new ApiError({ status: 0, code: NETWORK_ERROR, detail: 'offline' }));
    renderWithProviders(<AttemptRunner attempt={attempt} onTimeUp={jest.fn()} />);

    await user.click(screen.getByRole('radio', { name: 'Horizon 2020' }));
    expect(await screen.findByText('Connection lost')).toBeInTheDocument();

    setOnline(true);
    expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();
    expect(screen.queryByText('Connection lost')).toBeNull();
    expect(mocked.save).toHaveBeenCalledTimes(2);
    expect(mocked.save).toHaveBeenLastCalledWith('a1', 1, { optionId: 'h2020' });
  });

  it('restores answers left unsent by an earlier visit and sends them', async () => {
    localStorage.setItem(
      storageKey('a1'),
      JSON.stringify({ seq: 1, entries: { '3': { response: { value: false }, seq: 1, sent: false } } }),
    );
    const user = userEvent.setup();
    renderWithProviders(<AttemptRunner attempt={attempt} onTimeUp={jest.fn()} />);
    expect(await screen.findByRole('button', { name: '3 answered' })).toBeInTheDocument();
    await user.click(nav().getByRole('button', { name: '3 answered' }));
    expect(screen.getByRole('radio', { name: 'False' })).toBeChecked();
    expect(mocked.save).toHaveBeenCalledWith('a1', 3, { value: false });
  });

  it('asks before submitting and names the questions without an answer', async () => {
    const user = userEvent.setup();
    mocked.submit.mockResolvedValue({
      id: 'a1',
      number: 1,
      status: 'submitted',
      startedAt: attempt.startedAt,
      deadlineAt: null,
      submittedAt: '2026-05-04T10:05:00.000Z',
    });
    renderWithProviders(<AttemptRunner attempt={attempt} onTimeUp={jest.fn()} />);
    await user.click(screen.getByRole('radio', { name: 'Erasmus+ KA1' }));
    await user.click(screen.getByRole('button', { name: 'Submit answers…' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit your answers?' });
    expect(within(dialog).getByText('2 questions have no answer:')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Go to question 2' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Go to question 3' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(mocked.submit).toHaveBeenCalledWith('a1');
    expect(localStorage.getItem(storageKey('a1'))).toBeNull();
  });
});
