import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ResourceSearchPage, ResourceSummaryView } from '@campus/contracts';
import { api } from '../../../api';
import { renderWithProviders } from '../../../test/render';
import { resourcesApi } from '../api/resources.api';
import { LibrarySearch } from './library-search';

jest.mock('../api/resources.api', () => ({
  ...jest.requireActual<typeof import('../api/resources.api')>('../api/resources.api'),
  resourcesApi: { search: jest.fn() },
}));
const mocked = resourcesApi as jest.Mocked<typeof resourcesApi>;

const template: ResourceSummaryView = {
  id: 'r1',
  kind: 'template',
  version: 2,
  title: 'Learning agreement template',
  summary: 'A template for job shadowing.',
  locale: 'en',
  topics: ['mobility'],
  audiences: ['international_coordinators'],
  licence: 'CC-BY-SA-4.0',
  organisation: { id: 'o', name: 'Stadin ammattiopisto', country: 'FI' },
  publishedAt: '2026-01-01T00:00:00Z',
};
const page = (items: ResourceSummaryView[], totalCapped = false): ResourceSearchPage => ({
  items,
  total: items.length,
  totalCapped,
  page: 1,
  pageSize: 12,
});
const lastQuery = () => mocked.search.mock.calls.at(-1)?.[0];

beforeEach(() => {
  jest.resetAllMocks();
  api.clearSession();
  mocked.search.mockResolvedValue(page([template]));
});

describe('LibrarySearch', () => {
  it('shows results with their type, licence and author organisation', async () => {
    renderWithProviders(<LibrarySearch />, { route: '/library' });
    const card = (await screen.findByRole('link', { name: 'Learning agreement template' })).closest(
      'article',
    )!;
    expect(within(card).getByText('Template')).toBeVisible();
    expect(within(card).getByText('Licence: CC BY-SA 4.0')).toBeVisible();
    expect(within(card).getByText('By Stadin ammattiopisto')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Learning agreement template' })).toHaveAttribute(
      'href',
      '/library/r1',
    );
  });

  it('sends the words, topic and every chosen filter to the search, starting again at page 1', async () => {
    renderWithProviders(<LibrarySearch />, { route: '/library?page=3' });
    await screen.findByRole('link', { name: 'Learning agreement template' });
    expect(lastQuery()).toMatchObject({ page: 3 });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'agreement');
    await userEvent.type(screen.getByRole('textbox', { name: /Topic/ }), 'Mobility');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(lastQuery()).toMatchObject({ q: 'agreement', topic: 'mobility', page: 1 });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'el');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Audience' }), 'teachers');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'tutorial');
    expect(lastQuery()).toMatchObject({
      q: 'agreement',
      topic: 'mobility',
      locale: 'el',
      audience: 'teachers',
      kind: 'tutorial',
      page: 1,
    });
  });

  it('says when more resources match than are ranked, and how to narrow the search', async () => {
    mocked.search.mockResolvedValue({ ...page([template], true), total: 200 });
    renderWithProviders(<LibrarySearch />, { route: '/library?q=erasmus' });
    expect(await screen.findByText(/More than 200 resources match: the newest 200 are shown/)).toBeVisible();
  });

  it('says when nothing matches and clears the filters', async () => {
    mocked.search.mockResolvedValue(page([]));
    renderWithProviders(<LibrarySearch />, { route: '/library?kind=link&q=zzz' });
    expect(await screen.findByText('No resource matches these filters.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(lastQuery()).toEqual({
      q: undefined,
      locale: undefined,
      topic: undefined,
      audience: undefined,
      kind: undefined,
      page: 1,
    });
  });
});
