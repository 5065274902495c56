import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ResourceDetailView, ResourceReviewItem, ResourceVersionView } from '@campus/contracts';
import { renderWithProviders } from '../../../test/render';
import { resourcesApi } from '../api/resources.api';
import { ReviewCard } from './resource-reviews';

jest.mock('../api/resources.api', () => ({
  ...jest.requireActual<typeof import('../api/resources.api')>('../api/resources.api'),
  resourcesApi: { publish: jest.fn(), reject: jest.fn() },
}));
const mocked = resourcesApi as jest.Mocked<typeof resourcesApi>;

const published: ResourceVersionView = {
  id: 'v1',
  version: 1,
  status: 'published',
  title: 'Partner search guide',
  summary: 'How to find partner schools.',
  locale: 'en',
  topics: ['partnerships'],
  audiences: ['international_coordinators'],
  licence: 'CC-BY-4.0',
  body: 'Use the school directory.',
  url: 'https://example.org/guide',
  file: null,
  changeNote: '',
  reviewNote: null,
  submittedAt: null,
  reviewedAt: null,
  publishedAt: '2026-01-01T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const item: ResourceReviewItem = {
  resource: { id: 'r1', kind: 'link', organisation: { id: 'o', name: 'IES Valencia', country: 'ES' } },
  version: {
    ...published,
    id: 'v2',
    version: 2,
    status: 'submitted',
    title: 'Partner search guide 2027',
    changeNote: 'New year',
    submittedAt: '2026-02-01T00:00:00Z',
    publishedAt: null,
  },
  previous: published,
  submittedBy: 'Marta',
};

beforeEach(() => {
  jest.resetAllMocks();
  mocked.publish.mockResolvedValue({} as ResourceDetailView);
  mocked.reject.mockResolvedValue({} as ResourceDetailView);
});

describe('ReviewCard', () => {
  it('shows only what changed against the published version', () => {
    renderWithProviders(<ReviewCard item={item} onDone={jest.fn()} />);
    const table = screen.getByRole('table', { name: 'Changes from version 1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Title', 'Change note']);
    expect(rows[0]).toHaveTextContent('Partner search guide');
    expect(rows[0]).toHaveTextContent('Partner search guide 2027');
  });

  it('publishes the submitted version and says so', async () => {
    const onDone = jest.fn();
    renderWithProviders(<ReviewCard item={item} onDone={onDone} />);
    await userEvent.click(screen.getByRole('button', { name: 'Publish Partner search guide 2027' }));
    expect(mocked.publish).toHaveBeenCalledWith('v2');
    expect(onDone).toHaveBeenCalledWith('Published Partner search guide 2027.');
  });

  it('asks for a note before rejecting, then sends it', async () => {
    renderWithProviders(<ReviewCard item={item} onDone={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ask for changes Partner search guide 2027' }));
    expect(screen.queryByRole('button', { name: /^Publish/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send the note Partner search guide 2027' }));
    expect(screen.getByText('Write what the authors should change.')).toBeVisible();
    expect(mocked.reject).not.toHaveBeenCalled();
    await userEvent.type(
      screen.getByRole('textbox', { name: /Note for the authors/ }),
      ' Add the 2027 dates. ',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send the note Partner search guide 2027' }));
    expect(mocked.reject).toHaveBeenCalledWith('v2', 'Add the 2027 dates.');
  });

  it('shows a new resource in full instead of a comparison', () => {
    renderWithProviders(<ReviewCard item={{ ...item, previous: null }} onDone={jest.fn()} />);
    expect(screen.getByText('New resource: no earlier published version.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the link' })).toHaveAttribute(
      'href',
      'https://example.org/guide',
    );
  });
});
