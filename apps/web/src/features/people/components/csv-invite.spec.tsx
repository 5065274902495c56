import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CsvInviteReport } from '@campus/contracts';
import { renderWithProviders } from '../../../test/render';
import { peopleApi } from '../api/people.api';
import { CsvInvite } from './csv-invite';
import { CsvReport } from './csv-report';

jest.mock('../api/people.api', () => ({
  peopleApi: { inviteCsv: jest.fn(), invitations: jest.fn(() => Promise.resolve([])) },
}));
const inviteCsv = peopleApi.inviteCsv as jest.MockedFunction<typeof peopleApi.inviteCsv>;

const report: CsvInviteReport = {
  invited: 2,
  failed: 1,
  rows: [
    { line: 2, email: 'ana@school.pt', status: 'invited' },
    { line: 3, email: 'bad-address', status: 'failed', reason: 'Not a valid e-mail address.' },
    { line: 4, email: 'sven@skola.se', status: 'invited' },
  ],
};

describe('CsvReport', () => {
  it('sums up and lists every row with its result and reason', () => {
    renderWithProviders(<CsvReport report={report} />);
    expect(screen.getByRole('status')).toHaveTextContent('Invited: 2 · Failed: 1');
    const table = screen.getByRole('table', { name: 'Result per row' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4); // header + 3
    expect(
      within(rows[2])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', 'bad-address', 'Failed', 'Not a valid e-mail address.']);
    expect(within(rows[1]).getByText('Invited')).toBeInTheDocument();
  });

  it('uses a warning tone only when rows failed', () => {
    renderWithProviders(
      <CsvReport
        report={{ invited: 1, failed: 0, rows: [{ line: 2, email: 'a@b.eu', status: 'invited' }] }}
      />,
    );
    expect(screen.getByRole('status')).toHaveClass('ui-alert--success');
  });
});

describe('CsvInvite', () => {
  it('reads the chosen file as text, posts it and shows the report', async () => {
    inviteCsv.mockResolvedValueOnce(report);
    renderWithProviders(<CsvInvite orgId="org-1" />);
    const csv =
      'email,role,name\nana@school.pt,learner,Ana\nbad-address,learner,\nsven@skola.se,trainer,Sven\n';
    await userEvent.upload(
      screen.getByLabelText('CSV file'),
      new File([csv], 'staff.csv', { type: 'text/csv' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Upload and invite' }));

    expect(await screen.findByRole('table', { name: 'Result per row' })).toBeInTheDocument();
    expect(inviteCsv).toHaveBeenCalledWith('org-1', csv);
  });

  it('reads a file saved by Excel on Windows (Windows-1252) with its accents intact', async () => {
    inviteCsv.mockResolvedValueOnce(report);
    renderWithProviders(<CsvInvite orgId="org-1" />);
    const text = 'email;name\nj@x.eu;José Müller Søren Ç\n';
    const latin = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    await userEvent.upload(
      screen.getByLabelText('CSV file'),
      new File([latin], 'staff.csv', { type: 'text/csv' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Upload and invite' }));
    await screen.findByRole('table', { name: 'Result per row' });
    expect(inviteCsv).toHaveBeenCalledWith('org-1', text);
  });

  it('asks for a file before uploading', async () => {
    renderWithProviders(<CsvInvite orgId="org-1" />);
    await userEvent.click(screen.getByRole('button', { name: 'Upload and invite' }));
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription(
      expect.stringContaining('Choose a CSV file first.'),
    );
    expect(inviteCsv).not.toHaveBeenCalled();
  });
});
