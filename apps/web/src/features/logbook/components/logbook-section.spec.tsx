import { screen, within } from '@testing-library/react';
import type { LogbookView } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { LogbookSection } from './logbook-section';

const ORG_ID = '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d';
const MOBILITY_ID = '5b0c7f1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';
const OUTCOME_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1a0b9c8d7e6f';

const view: LogbookView = {
  mobility: {
    id: MOBILITY_ID,
    status: 'in_progress',
    startDate: '2027-03-01',
    endDate: '2027-03-05',
    interruptions: [],
    timeZone: 'Europe/Helsinki',
  },
  outcomes: [{ id: OUTCOME_ID, statement: 'Plan an incoming mobility', category: null }],
  entries: [
    {
      id: 'a1',
      date: '2027-03-01',
      hours: 7.5,
      activities: 'Shadowed the international coordinator',
      outcomeIds: [OUTCOME_ID],
      reflection: 'Their intake checklist is worth copying.',
      mentor: { status: 'confirmed', comment: null, reviewedAt: '2027-03-02T08:00:00Z' },
      evidence: [
        {
          evidenceId: 'e1',
          id: 'f1',
          name: 'checklist.pdf',
          contentType: 'application/pdf',
          size: 9000,
          url: '/f1',
        },
      ],
      createdAt: '2027-03-01T17:00:00Z',
      updatedAt: '2027-03-01T17:00:00Z',
    },
    {
      id: 'a2',
      date: '2027-03-02',
      hours: 6,
      activities: 'Visited the welding workshop',
      outcomeIds: [],
      reflection: '',
      mentor: {
        status: 'commented',
        comment: 'Say which class you visited.',
        reviewedAt: '2027-03-03T08:00:00Z',
      },
      evidence: [],
      createdAt: '2027-03-02T17:00:00Z',
      updatedAt: '2027-03-02T17:00:00Z',
    },
  ],
  totals: { days: 2, hours: 13.5, confirmed: 1 },
};

function serve(answer: LogbookView) {
  return jest
    .spyOn(api, 'get')
    .mockImplementation((path: string) =>
      path === `/orgs/${ORG_ID}/mobilities/${MOBILITY_ID}/logbook`
        ? Promise.resolve(answer)
        : Promise.reject(new Error(`unexpected GET ${path}`)),
    );
}

afterEach(() => jest.restoreAllMocks());

describe('LogbookSection (manager, read-only)', () => {
  it('shows each entry with the mentor’s review, the outcomes practised, the evidence and the totals', async () => {
    serve(view);
    renderWithProviders(<LogbookSection orgId={ORG_ID} mobilityId={MOBILITY_ID} />);

    const section = await screen.findByRole('region', { name: 'Logbook' });
    const first = within(await within(section).findByRole('listitem', { name: /1 March 2027/ }));
    expect(first.getByText('Confirmed by the mentor')).toBeInTheDocument();
    expect(first.getByText('7.5 hours')).toBeInTheDocument();
    expect(first.getByText('Plan an incoming mobility')).toBeInTheDocument();
    expect(first.getByRole('link', { name: 'checklist.pdf' })).toHaveAttribute('href', '/f1');
    const second = within(within(section).getByRole('listitem', { name: /2 March 2027/ }));
    expect(second.getByText('The mentor commented')).toBeInTheDocument();
    expect(second.getByText('Say which class you visited.')).toBeInTheDocument();
    expect(within(section).getByText('Hours').nextSibling).toHaveTextContent('13.5');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('says when the participant has written nothing yet', async () => {
    serve({ ...view, entries: [], totals: { days: 0, hours: 0, confirmed: 0 } });
    renderWithProviders(<LogbookSection orgId={ORG_ID} mobilityId={MOBILITY_ID} />);
    expect(await screen.findByText('No entries yet')).toBeInTheDocument();
  });
});
