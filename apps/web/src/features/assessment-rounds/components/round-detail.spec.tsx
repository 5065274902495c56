import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RoundView } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { RoundDetail } from './round-detail';

const ORG = '11111111-1111-4111-8111-111111111111';
const ROUND = '22222222-2222-4222-8222-222222222222';
const URL = 'https://campus.example/answer#token=qVc2bq4Yb0mE1xUuJ5lZt3o9kY6wN8rC7pA2sD4fG1h';

function round(overrides: Partial<RoundView> = {}): RoundView {
  return {
    id: ROUND,
    organisationId: ORG,
    title: 'Spring self-assessment',
    locale: 'it',
    status: 'open',
    closesAt: null,
    closedAt: null,
    createdAt: '2027-03-01T09:00:00Z',
    framework: { id: 'f', slug: 'vet', versionId: 'v', version: 1, title: 'VET internationalisation' },
    respondentGroups: ['teachers', 'leaders'],
    customQuestions: [{ key: 'q1', text: 'Do we welcome partner visits?' }],
    minGroupSize: 3,
    respondents: {
      total: 4,
      byGroup: [
        { group: 'teachers', respondents: 4, invited: 2, invitationsUsed: 1 },
        { group: 'leaders', respondents: 0, invited: 0, invitationsUsed: 0 },
      ],
    },
    links: [],
    ...overrides,
  };
}

describe('the round page for managers', () => {
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });

  it('shows counts per group, and a new shareable link once, with a copy button', async () => {
    jest.spyOn(api, 'get').mockResolvedValue(round());
    const post = jest.spyOn(api, 'post').mockResolvedValue({
      link: {
        id: 'l1',
        respondentGroup: 'teachers',
        maxResponses: 40,
        responses: 0,
        createdAt: '2027-03-02T09:00:00Z',
        revokedAt: null,
        state: 'active',
      },
      url: URL,
    });
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderWithProviders(<RoundDetail orgId={ORG} roundId={ROUND} />);

    const table = await screen.findByRole('table');
    const teachers = within(table).getByRole('rowheader', { name: 'Teachers' }).closest('tr')!;
    expect(
      within(teachers)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '2', '1', 'No link']);
    // An open round has no results yet (the API answers 409 until it is closed).
    expect(screen.queryByRole('link', { name: 'See results' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Results appear once the round is closed: while it takes answers, this page shows only how many have answered.',
      ),
    ).toBeInTheDocument();

    const panel = screen.getByRole('heading', { name: 'Shareable link for Teachers' }).closest('section')!;
    const max = within(panel).getByLabelText('Most answers through this link');
    await userEvent.clear(max);
    await userEvent.type(max, '40');
    await userEvent.click(within(panel).getByRole('button', { name: 'Create a shareable link' }));
    expect(post).toHaveBeenCalledWith(`/orgs/${ORG}/assessment-rounds/${ROUND}/links`, {
      respondentGroup: 'teachers',
      maxResponses: 40,
    });
    expect(await within(panel).findByDisplayValue(URL)).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(await within(panel).findByText('Link copied.')).toBeInTheDocument();
  });

  it('invites the addresses pasted, refusing what is no address before sending', async () => {
    jest.spyOn(api, 'get').mockResolvedValue(round());
    const post = jest.spyOn(api, 'post').mockResolvedValue({ invited: 2, alreadyInvited: 1 });
    renderWithProviders(<RoundDetail orgId={ORG} roundId={ROUND} />);
    const emails = await screen.findByLabelText('E-mail addresses');
    await userEvent.type(emails, 'ana@school.pt, nobody');
    await userEvent.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText('These are not e-mail addresses: nobody')).toBeInTheDocument();
    expect(post).not.toHaveBeenCalled();

    await userEvent.clear(emails);
    await userEvent.type(emails, 'Ana@School.pt\nbo@skola.se\nana@school.pt\ncy@koulu.fi');
    await userEvent.selectOptions(screen.getByLabelText('Group'), 'leaders');
    await userEvent.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(post).toHaveBeenCalledWith(`/orgs/${ORG}/assessment-rounds/${ROUND}/invitations`, {
      respondentGroup: 'leaders',
      emails: ['ana@school.pt', 'bo@skola.se', 'cy@koulu.fi'],
    });
    expect(await screen.findByText('2 invitations sent.')).toBeInTheDocument();
    expect(screen.getByText('1 address was invited already and was not sent another.')).toBeInTheDocument();
  });

  it('closes the round only after confirmation; a closed round offers no links but its results', async () => {
    const get = jest.spyOn(api, 'get').mockResolvedValue(round());
    const post = jest.spyOn(api, 'post').mockResolvedValue(round({ status: 'closed' }));
    renderWithProviders(<RoundDetail orgId={ORG} roundId={ROUND} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Close the round' }));
    const dialog = await screen.findByRole('dialog');
    expect(post).not.toHaveBeenCalled();
    get.mockResolvedValue(round({ status: 'closed', closedAt: '2027-03-10T10:00:00Z' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close round' }));
    expect(post).toHaveBeenCalledWith(`/orgs/${ORG}/assessment-rounds/${ROUND}/close`);
    expect(await screen.findByText('This round is closed: it takes no more answers.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create a shareable link' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See results' })).toHaveAttribute(
      'href',
      `/orgs/${ORG}/self-assessment/rounds/${ROUND}/results`,
    );
    expect(screen.queryByText(/Results appear once the round is closed/)).not.toBeInTheDocument();
  });
});
