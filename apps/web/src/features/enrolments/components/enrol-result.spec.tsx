import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ManagerEnrolResult } from '@campus/contracts';
import { renderWithProviders } from '../../../test/render';
import { EnrolResult } from './enrol-result';
import { ProgressFilters } from './progress-filters';

const csvResult: ManagerEnrolResult = {
  enrolled: 1,
  alreadyEnrolled: 1,
  failed: 1,
  rows: [
    { line: 2, email: 'ana@school.pt', userId: 'u-ana', status: 'enrolled' },
    { line: 3, email: 'sven@skola.se', userId: 'u-sven', status: 'already_enrolled' },
    { line: 4, email: 'stranger@else.where', status: 'failed', reason: 'Not a member of the organisation.' },
  ],
};

describe('EnrolResult', () => {
  it('sums up and lists every CSV row with its line, result and reason', () => {
    renderWithProviders(<EnrolResult result={csvResult} />);
    expect(screen.getByRole('status')).toHaveTextContent('Enrolled: 1 · Already enrolled: 1 · Failed: 1');
    expect(screen.getByRole('status')).toHaveClass('ui-alert--warning');
    const rows = within(screen.getByRole('table', { name: 'Result per person' })).getAllByRole('row');
    expect(rows).toHaveLength(4); // header + 3
    expect(
      within(rows[0])
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Line', 'Person', 'Result', 'Reason']);
    expect(
      within(rows[3])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', 'stranger@else.where', 'Failed', 'Not a member of the organisation.']);
    expect(within(rows[2]).getByText('Already enrolled')).toBeInTheDocument();
  });

  it('names picked members by their name when the API gives only ids, without a line column', () => {
    renderWithProviders(
      <EnrolResult
        result={{
          enrolled: 1,
          alreadyEnrolled: 0,
          failed: 0,
          rows: [{ userId: 'u-ana', status: 'enrolled' }],
        }}
        names={new Map([['u-ana', 'Ana Silva (ana@school.pt)']])}
      />,
    );
    expect(screen.getByRole('status')).toHaveClass('ui-alert--success');
    const table = screen.getByRole('table', { name: 'Result per person' });
    expect(within(table).queryByRole('columnheader', { name: 'Line' })).not.toBeInTheDocument();
    expect(within(table).getAllByRole('cell')[0]).toHaveTextContent('Ana Silva (ana@school.pt)');
  });
});

describe('ProgressFilters', () => {
  const courses = [
    { id: 'c-1', title: 'Setting up an International Office' },
    { id: 'c-2', title: 'Erasmus+ budgets' },
  ];
  const members = [{ userId: 'u-ana', name: 'Ana Silva', email: 'ana@school.pt' }];

  it('offers the courses, people and statuses, and reports each change', async () => {
    const onChange = jest.fn();
    renderWithProviders(
      <ProgressFilters
        values={{ courseId: '', userId: '', status: 'completed' }}
        courses={courses}
        members={members}
        onChange={onChange}
      />,
    );
    const course = screen.getByRole('combobox', { name: 'Course' });
    expect(
      within(course)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All courses', 'Setting up an International Office', 'Erasmus+ budgets']);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('completed');

    await userEvent.selectOptions(course, 'Erasmus+ budgets');
    expect(onChange).toHaveBeenLastCalledWith('courseId', 'c-2');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Person' }),
      'Ana Silva (ana@school.pt)',
    );
    expect(onChange).toHaveBeenLastCalledWith('userId', 'u-ana');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All statuses');
    expect(onChange).toHaveBeenLastCalledWith('status', '');
  });
});
