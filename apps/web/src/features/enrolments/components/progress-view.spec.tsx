import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { CurrentUser, Page, ProgressRow } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { enrolmentsApi } from '../api/enrolments.api';
import { saveFile } from '../lib/save-file';
import { ProgressView } from './progress-view';

jest.mock('../api/enrolments.api', () => ({
  PROGRESS_PAGE_SIZE: 25,
  enrolmentsApi: {
    courses: jest.fn(() =>
      Promise.resolve({
        items: [{ id: COURSE_ID, title: 'Erasmus+ basics' }],
        total: 1,
        page: 1,
        pageSize: 100,
      }),
    ),
    progress: jest.fn(),
    progressCsv: jest.fn(),
    unenrol: jest.fn(() => Promise.resolve()),
  },
}));
jest.mock('../../people/api/people.api', () => ({
  peopleApi: { members: jest.fn(() => Promise.resolve([])) },
}));
jest.mock('../lib/save-file', () => ({ saveFile: jest.fn() }));

const COURSE_ID = '11111111-2222-4333-8444-555555555555';
const mocked = jest.mocked(enrolmentsApi);

const user = (role: 'manager' | 'learner'): CurrentUser => ({
  id: 'me',
  email: 'giulia@school.it',
  name: 'Giulia',
  locale: 'en',
  timeZone: 'Europe/Rome',
  isPlatformAdmin: false,
  emailVerified: true,
  memberships: [{ organisationId: 'org-1', organisationName: 'Demo VET School', role }],
});

const row: ProgressRow = {
  enrolmentId: 'e-1',
  userId: 'u-1',
  name: 'Lucia Bianchi',
  email: 'lucia@school.it',
  courseId: COURSE_ID,
  courseTitle: 'Erasmus+ basics',
  status: 'in_progress',
  progressPercent: 40,
  enrolledAt: '2026-11-02T09:00:00Z',
  lastActivityAt: '2026-11-20T15:30:00Z',
  completedAt: null,
};
const page: Page<ProgressRow> = { items: [row], total: 1, page: 1, pageSize: 25 };

const renderAt = (search = '') =>
  renderWithProviders(
    <Routes>
      <Route path="/orgs/:orgId/progress" element={<ProgressView orgId="org-1" />} />
    </Routes>,
    { route: `/orgs/org-1/progress${search}` },
  );

beforeEach(() => {
  jest.clearAllMocks();
  mocked.progress.mockResolvedValue(page);
});
afterEach(() => api.clearSession());

describe('ProgressView', () => {
  it('lists progress for the URL filters and unenrols after confirming', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: user('manager') });
    renderAt(`?courseId=${COURSE_ID}&status=bogus`);
    const table = await screen.findByRole('table', { name: '1 enrolment' });
    expect(mocked.progress).toHaveBeenCalledWith(
      'org-1',
      { courseId: COURSE_ID, userId: undefined, status: undefined, page: 1 },
      expect.anything(),
    );
    const cells = within(table).getAllByRole('row')[1];
    expect(cells).toHaveTextContent('In progress');
    expect(
      within(cells).getByRole('progressbar', { name: 'Progress of Lucia Bianchi in Erasmus+ basics' }),
    ).toHaveAttribute('aria-valuenow', '40');

    await userEvent.click(screen.getByRole('button', { name: 'Unenrol Lucia Bianchi from Erasmus+ basics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unenrol this person?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Unenrol' }));
    expect(mocked.unenrol).toHaveBeenCalledWith('org-1', 'e-1');
  });

  it('downloads the filtered CSV as progress.csv', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: user('manager') });
    const blob = new Blob(['\uFEFFname\n'], { type: 'text/csv' });
    mocked.progressCsv.mockResolvedValueOnce(blob);
    renderAt(`?courseId=${COURSE_ID}`);
    await screen.findByRole('table', { name: '1 enrolment' });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    // No separator chosen: the server writes the one the user's language expects.
    expect(mocked.progressCsv).toHaveBeenCalledWith(
      'org-1',
      expect.objectContaining({ courseId: COURSE_ID }),
      undefined,
    );
    expect(saveFile).toHaveBeenCalledWith(blob, 'progress.csv');
  });

  it('asks for the chosen CSV separator and remembers it on this device', async () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: user('manager') });
    mocked.progressCsv.mockResolvedValue(new Blob(['x'], { type: 'text/csv' }));
    const first = renderAt();
    await screen.findByRole('table', { name: '1 enrolment' });
    const select = screen.getByRole('combobox', { name: 'CSV separator' });
    expect(select).toHaveDisplayValue('As usual in my language');
    await userEvent.selectOptions(select, 'Semicolon (;)');
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(mocked.progressCsv).toHaveBeenLastCalledWith('org-1', expect.anything(), 'semicolon');
    first.unmount();

    renderAt();
    await screen.findByRole('table', { name: '1 enrolment' });
    expect(screen.getByRole('combobox', { name: 'CSV separator' })).toHaveDisplayValue('Semicolon (;)');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'CSV separator' }),
      'As usual in my language',
    );
    expect(localStorage.getItem('campus.csvSeparator')).toBeNull();
  });

  it('shows nothing of the organisation to someone who does not manage it', () => {
    api.setSession({ accessToken: 't', expiresIn: 900, user: user('learner') });
    renderAt();
    expect(
      screen.getByText('Only managers of this organisation can manage its enrolments.'),
    ).toBeInTheDocument();
    expect(mocked.progress).not.toHaveBeenCalled();
  });
});
