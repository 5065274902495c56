import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager } from '@tanstack/react-query';
import type { LogbookView, LogEntryView } from '@campus/contracts';
import { api, ApiError, NETWORK_ERROR } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { logbookCacheKey } from '../lib/logbook-cache';
import { learner, logEntry as entry } from '../lib/logbook.fixtures';
import { outboxKey, type LogEntryBody } from '../lib/logbook-outbox';
import { ParticipantLogbook } from './participant-logbook';

const MOBILITY_ID = '5b0c7f1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';
const OUTCOME_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1a0b9c8d7e6f';

function logbook(entries: LogEntryView[]): LogbookView {
  return {
    mobility: {
      id: MOBILITY_ID,
      status: 'in_progress',
      startDate: '2027-03-01',
      endDate: '2027-03-05',
      interruptions: [{ from: '2027-03-04', to: '2027-03-04' }],
      timeZone: 'Europe/Helsinki',
    },
    outcomes: [{ id: OUTCOME_ID, statement: 'Plan an incoming mobility', category: 'skills' }],
    entries,
    totals: { days: entries.length, hours: 0, confirmed: 0 },
  };
}

/** The logbook API as B1's routes answer it: one entry per id, stored by PUT. */
class FakeLogbookApi {
  view: LogbookView;
  readonly puts: { entryId: string; body: LogEntryBody }[] = [];
  /** Answers for the next PUTs (an error to throw), before storing normally. */
  readonly failures: Error[] = [];
  getFails: Error | null = null;

  constructor(entries: LogEntryView[]) {
    this.view = logbook(entries);
    jest.spyOn(api, 'get').mockImplementation((path: string) => {
      if (path !== `/me/mobilities/${MOBILITY_ID}/logbook`) return Promise.reject(new Error(`GET ${path}`));
      return this.getFails
        ? Promise.reject(this.getFails)
        : Promise.resolve(JSON.parse(JSON.stringify(this.view)) as LogbookView);
    });
    jest.spyOn(api, 'request').mockImplementation((method: string, path: string, options) => {
      const prefix = `/me/mobilities/${MOBILITY_ID}/logbook/`;
      if (method !== 'PUT' || !path.startsWith(prefix)) return Promise.reject(new Error(`${method} ${path}`));
      const entryId = path.slice(prefix.length);
      const body = options?.body as LogEntryBody;
      this.puts.push({ entryId, body });
      const failure = this.failures.shift();
      if (failure) return Promise.reject(failure);
      const stored = entry(body.date, { ...body, id: entryId });
      this.view = {
        ...this.view,
        entries: [...this.view.entries.filter((e) => e.id !== entryId), stored].sort((a, b) =>
          a.date.localeCompare(b.date),
        ),
      };
      return Promise.resolve(stored);
    });
  }
}

let online = true;
function setOnline(value: boolean) {
  online = value;
  act(() => {
    window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  });
}

const day = (name: RegExp) => within(screen.getByRole('region', { name }));

async function writeEntry(dayName: RegExp, hours: string, activities: string) {
  const user = userEvent.setup();
  await user.click(day(dayName).getByRole('button', { name: 'Write entry' }));
  const region = day(dayName);
  await user.type(region.getByLabelText(/^Hours/), hours);
  await user.type(region.getByLabelText(/^What did you do\?/), activities);
  await user.click(region.getByRole('checkbox', { name: 'Plan an incoming mobility' }));
  await user.click(region.getByRole('button', { name: 'Save entry' }));
}

// Typing into forms with user-event under the full suite's load on two cores takes seconds.
jest.setTimeout(20_000);

beforeEach(() => {
  localStorage.clear();
  online = true;
  jest.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  api.setSession({ accessToken: 't', expiresIn: 900, user: learner });
});

afterEach(() => {
  // TanStack Query's online manager is global and stops listening once nothing is mounted:
  // leave it online for the next test.
  online = true;
  onlineManager.setOnline(true);
  jest.restoreAllMocks();
});

describe('ParticipantLogbook', () => {
  it('lists every day of the mobility with its state, the mentor’s comment and the totals', async () => {
    new FakeLogbookApi([
      entry('2027-03-01', { hours: 7.5, mentor: { status: 'confirmed', comment: null, reviewedAt: null } }),
      entry('2027-03-02', {
        hours: 6,
        mentor: { status: 'commented', comment: 'Add the meeting with parents.', reviewedAt: null },
      }),
    ]);
    renderWithProviders(<ParticipantLogbook mobilityId={MOBILITY_ID} />);

    expect(await screen.findByRole('region', { name: /^Monday,? 1 March 2027$/ })).toBeInTheDocument();
    const days = within(screen.getByRole('list', { name: 'Days of the mobility' })).getAllByRole('listitem');
    expect(days).toHaveLength(5);
    expect(day(/1 March 2027/).getByText('Confirmed by the mentor')).toBeInTheDocument();
    expect(day(/1 March 2027/).queryByRole('button', { name: 'Edit entry' })).not.toBeInTheDocument();
    expect(day(/2 March 2027/).getByText('The mentor commented')).toBeInTheDocument();
    expect(day(/2 March 2027/).getByText('Add the meeting with parents.')).toBeInTheDocument();
    expect(day(/3 March 2027/).getByText('No entry yet')).toBeInTheDocument();
    expect(day(/4 March 2027/).getByText(/interrupted on this day/)).toBeInTheDocument();
    expect(day(/4 March 2027/).queryByRole('button', { name: 'Write entry' })).not.toBeInTheDocument();

    const totals = within(screen.getByLabelText('Totals'));
    expect(totals.getByText('Days written').nextSibling).toHaveTextContent('2');
    expect(totals.getByText('Hours').nextSibling).toHaveTextContent('13.5');
    expect(totals.getByText('Confirmed').nextSibling).toHaveTextContent('1');
  });

  it('checks the form with the contract’s rules and names each bad field', async () => {
    const server = new FakeLogbookApi([]);
    renderWithProviders(<ParticipantLogbook mobilityId={MOBILITY_ID} />);
    const user = userEvent.setup();
    await screen.findByRole('region', { name: /1 March 2027/ });
    const region = day(/1 March 2027/);
    await user.click(region.getByRole('button', { name: 'Write entry' }));
    await user.type(region.getByLabelText(/^Hours/), '6.3');
    await user.click(region.getByRole('button', { name: 'Save entry' }));

    expect(region.getByLabelText(/^Hours/)).toHaveAccessibleDescription(
      /Use quarter hours, e.g. 6.5 or 7.25./,
    );
    expect(region.getByLabelText(/^What did you do\?/)).toHaveAccessibleDescription(/Fill in this field./);
    expect(server.puts).toEqual([]);
  });

  it('saves an entry with the browser’s id and shows it as sent', async () => {
    const server = new FakeLogbookApi([]);
    renderWithProviders(<ParticipantLogbook mobilityId={MOBILITY_ID} />);
    await screen.findByRole('region', { name: /3 March 2027/ });

    await writeEntry(/3 March 2027/, '6,5', 'Visited the welding workshop');

    await waitFor(() =>
      expect(day(/3 March 2027/).getByText('Sent, waiting for the mentor')).toBeInTheDocument(),
    );
    expect(server.puts).toHaveLength(1);
    expect(server.puts[0].entryId).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.puts[0].body).toEqual({
      date: '2027-03-03',
      hours: 6.5,
      activities: 'Visited the welding workshop',
      outcomeIds: [OUTCOME_ID],
      reflection: '',
    });
    expect(day(/3 March 2027/).getByText('Visited the welding workshop')).toBeInTheDocument();
    expect(screen.getByRole('status')).not.toHaveTextContent(/waiting/);
  });

  it('offline, keeps the entry on the device, says so, and sends it with the same id when back online', async () => {
    const server = new FakeLogbookApi([]);
    renderWithProviders(<ParticipantLogbook mobilityId={MOBILITY_ID} />);
    await screen.findByRole('region', { name: /2 March 2027/ });
    setOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent(
      /Offline — entries you save are kept on this device/,
    );

    await writeEntry(/2 March 2027/, '7', 'Sat in on the Erasmus+ team meeting');

    expect(await screen.findByText('Offline — 1 entry waiting to be sent')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Offline — 1 entry waiting to be sent');
    expect(day(/2 March 2027/).getByText('Waiting to send')).toBeInTheDocument();
    expect(day(/2 March 2027/).getByText('Sat in on the Erasmus+ team meeting')).toBeInTheDocument();
    expect(day(/2 March 2027/).getByText('Files can be added when you are online.')).toBeInTheDocument();
    expect(server.puts).toEqual([]);
    const stored = JSON.parse(localStorage.getItem(outboxKey(learner.id, MOBILITY_ID)) ?? '{}');
    expect(stored.items).toHaveLength(1);

    // Back online, but the first try is lost on the way: sent again with the same id.
    server.failures.push(new ApiError({ status: 0, code: NETWORK_ERROR, detail: 'Failed to fetch' }));
    setOnline(true);
    await waitFor(() => expect(server.puts).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Campus cannot be reached — 1 entry waiting to be sent',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send now' }));

    await waitFor(() =>
      expect(day(/2 March 2027/).getByText('Sent, waiting for the mentor')).toBeInTheDocument(),
    );
    expect(server.puts.map((p) => p.entryId)).toEqual([stored.items[0].entryId, stored.items[0].entryId]);
    expect(server.view.entries).toHaveLength(1);
    expect(screen.getByRole('status')).not.toHaveTextContent(/waiting/);
  });

  it('keeps a refused entry visible with the server’s message and its text, without sending it again', async () => {
    const server = new FakeLogbookApi([]);
    server.failures.push(
      new ApiError({
        status: 409,
        code: 'LOGBOOK_CLOSED',
        detail: 'The logbook of a completed mobility takes no more entries.',
      }),
    );
    renderWithProviders(<ParticipantLogbook mobilityId={MOBILITY_ID} />);
    await screen.findByRole('region', { name: /5 March 2027/ });

    await writeEntry(/5 March 2027/, '4', 'Wrote the final report');

    const region = day(/5 March 2027/);
    expect(await region.findByRole('alert')).toHaveTextContent(
      'The logbook of a completed mobility takes no more entries.',
    );
    expect(region.getByText('Not accepted')).toBeInTheDocument();
    expect(region.getByText('Wrote the final report')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 entry was not accepted');
    expect(screen.queryByRole('button', { name: 'Send now' })).not.toBeInTheDocument();
    expect(server.puts).toHaveLength(1);

    // Editing starts from the kept text.
    await userEvent.setup().click(region.getByRole('button', { name: 'Edit entry' }));
    expect(region.getByLabelText(/^What did you do\?/)).toHaveValue('Wrote the final report');
  });

  it('after a reload without a connection, shows the logbook and the entries kept on the device', async () => {
    const server = new FakeLogbookApi([entry('2027-03-01')]);
    const first = renderWithProviders(<ParticipantLogbook mobilityId={MOBILITY_ID} />);
    await screen.findByText('Shadowed the international coordinator on 2027-03-01');
    setOnline(false);
    await writeEntry(/3 March 2027/, '5', 'Interviewed two VET teachers');
    await screen.findByText('Offline — 1 entry waiting to be sent');
    first.unmount();
    expect(localStorage.getItem(logbookCacheKey(learner.id, MOBILITY_ID))).not.toBeNull();

    // The reload: a fresh app whose request for the logbook cannot reach Campus.
    server.getFails = new ApiError({ status: 0, code: NETWORK_ERROR, detail: 'Failed to fetch' });
    renderWithProviders(<ParticipantLogbook mobilityId={MOBILITY_ID} />);

    expect(
      await screen.findByText('Shadowed the international coordinator on 2027-03-01'),
    ).toBeInTheDocument();
    expect(day(/3 March 2027/).getByText('Interviewed two VET teachers')).toBeInTheDocument();
    expect(day(/3 March 2027/).getByText('Waiting to send')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Offline — 1 entry waiting to be sent');
    expect(screen.getByText(/Shown as last loaded on/)).toBeInTheDocument();
  });

  it('adds evidence only online and to a sent entry, and refuses a file over the limit before sending it', async () => {
    new FakeLogbookApi([
      entry('2027-03-01', {
        evidence: [
          {
            evidenceId: 'ev-1',
            id: 'f-1',
            name: 'timetable.jpg',
            contentType: 'image/jpeg',
            size: 52_000,
            url: '/files/f-1?sig=abc',
          },
        ],
      }),
    ]);
    renderWithProviders(<ParticipantLogbook mobilityId={MOBILITY_ID} />);
    await screen.findByRole('region', { name: /1 March 2027/ });
    const region = day(/1 March 2027/);
    expect(region.getByRole('img', { name: 'Photo timetable.jpg' })).toHaveAttribute(
      'src',
      '/files/f-1?sig=abc',
    );
    expect(region.getByRole('button', { name: 'Remove timetable.jpg' })).toBeInTheDocument();

    const input = region.getByLabelText(/^Add a photo or document/);
    expect(input).toHaveAttribute('accept', '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp');
    const huge = new File([new Uint8Array(21 * 1024 * 1024)], 'video-still.png', { type: 'image/png' });
    await userEvent.setup().upload(input, huge);
    expect(input).toHaveAccessibleDescription(/video-still.png is larger than 20 MB./);
    expect(region.queryByRole('progressbar')).not.toBeInTheDocument();

    setOnline(false);
    expect(region.getByText('Files can be added when you are online.')).toBeInTheDocument();
    expect(region.queryByLabelText(/^Add a photo or document/)).not.toBeInTheDocument();
    expect(region.queryByRole('button', { name: 'Remove timetable.jpg' })).not.toBeInTheDocument();
  });
});
