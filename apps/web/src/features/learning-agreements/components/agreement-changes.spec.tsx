import { cleanup, render, screen, within } from '@testing-library/react';
import type { AgreementChanges as Changes } from '@campus/contracts';
import { AgreementChanges } from './agreement-changes';

const none: Changes = {
  fields: [],
  outcomesAdded: [],
  outcomesRemoved: [],
  outcomesChanged: [],
  languagesAdded: [],
  languagesRemoved: [],
};
const outcome = (id: string, statement: string, category: 'knowledge' | 'skills' | null = null) => ({
  id,
  statement,
  category,
});

describe('AgreementChanges', () => {
  afterEach(cleanup);

  it('shows each changed text with what was removed struck out and what was written marked as new', () => {
    const { container } = render(
      <AgreementChanges
        previous={1}
        changes={{
          ...none,
          fields: [{ field: 'recognition', before: 'Staff plan.', after: 'Europass Mobility record.' }],
        }}
      />,
    );
    const region = within(screen.getByRole('region', { name: 'What changed since version 1' }));
    expect(region.getByText('Recognition at home changed')).toBeInTheDocument();
    expect(container.querySelector('del')).toHaveTextContent('Staff plan.');
    expect(container.querySelector('ins')).toHaveTextContent('Europass Mobility record.');
  });

  it('lists outcomes added, removed and changed, with their kind, and languages by name', () => {
    const { container } = render(
      <AgreementChanges
        previous={2}
        changes={{
          ...none,
          outcomesAdded: [outcome('a', 'Run a partner meeting.', 'skills')],
          outcomesRemoved: [outcome('b', 'Visit the workshops.')],
          outcomesChanged: [
            {
              id: 'c',
              before: outcome('c', 'Describe the cycle.', 'knowledge'),
              after: outcome('c', 'Describe the mobility cycle.', 'skills'),
            },
          ],
          languagesAdded: ['sv'],
          languagesRemoved: ['en'],
        }}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Outcome added: Run a partner meeting. Skills',
      'Outcome removed: Visit the workshops. ',
      'Outcome changed: Describe the cycle. Knowledge → Describe the mobility cycle. Skills',
      'Languages added: Swedish',
      'Languages removed: English',
    ]);
    expect([...container.querySelectorAll('ins')].map((e) => e.textContent)).toEqual([
      'Run a partner meeting. Skills',
      'Describe the mobility cycle. Skills',
    ]);
    expect([...container.querySelectorAll('del')].map((e) => e.textContent)).toEqual([
      'Visit the workshops. ',
      'Describe the cycle. Knowledge',
    ]);
  });

  it('says so when a version only reordered the content', () => {
    render(<AgreementChanges previous={3} changes={none} />);
    expect(screen.getByText('Same content as the version before, in another order.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
