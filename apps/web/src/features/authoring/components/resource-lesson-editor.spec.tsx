import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CourseView } from '@campus/contracts';
import { renderWithProviders } from '../../../test/render';
import { resourcesApi } from '../../resources';
import { authoringApi } from '../api/authoring.api';
import { LessonEditor } from './lesson-editor';

jest.mock('../api/authoring.api', () => ({
  authoringApi: { addLesson: jest.fn(), updateLesson: jest.fn(), upload: jest.fn() },
}));
jest.mock('../../resources/api/resources.api', () => ({
  ...jest.requireActual<typeof import('../../resources/api/resources.api')>(
    '../../resources/api/resources.api',
  ),
  resourcesApi: { search: jest.fn() },
}));
const RESOURCE_ID = '0b6f3c1e-5d7a-4c2b-9e8f-1a2b3c4d5e6f';
const authoring = authoringApi as jest.Mocked<typeof authoringApi>;
const library = resourcesApi as jest.Mocked<typeof resourcesApi>;

const course = {
  id: 'c1',
  language: 'en',
  organisation: { id: 'o1', name: 'Demo VET School', country: 'IT' },
  modules: [{ id: 'm1', position: 1, title: 'Module one', lessons: [] }],
} as unknown as CourseView;

beforeEach(() => {
  jest.resetAllMocks();
  library.search.mockResolvedValue({
    items: [
      {
        id: RESOURCE_ID,
        kind: 'tutorial',
        version: 1,
        title: 'Finding partner schools',
        summary: '',
        locale: 'en',
        topics: [],
        audiences: [],
        licence: 'CC-BY-4.0',
        organisation: { id: 'o2', name: 'IES Valencia', country: 'ES' },
        publishedAt: '2026-01-01T00:00:00Z',
      },
    ],
    total: 1,
    totalCapped: false,
    page: 1,
    pageSize: 6,
  });
  authoring.addLesson.mockResolvedValue(course);
});

describe('LessonEditor: resource lessons', () => {
  it('asks for a resource, then adds the lesson naming the one picked from a search', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <LessonEditor course={course} moduleId="m1" onSaved={jest.fn()} onCancel={jest.fn()} />,
    );
    await user.click(screen.getByRole('radio', { name: 'Library resource' }));
    await user.click(screen.getByRole('button', { name: 'Add the lesson' }));
    expect(await screen.findByText('Choose a published resource from the library.')).toBeVisible();
    expect(authoring.addLesson).not.toHaveBeenCalled();

    await user.type(screen.getByRole('searchbox', { name: /Find a resource/ }), 'partner{Enter}');
    expect(library.search).toHaveBeenLastCalledWith(
      expect.objectContaining({ q: 'partner' }),
      expect.anything(),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Use this resource Finding partner schools' }),
    );
    // The resource's title becomes the lesson's until the author writes another.
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Finding partner schools');
    await user.click(screen.getByRole('button', { name: 'Add the lesson' }));
    expect(authoring.addLesson).toHaveBeenCalledWith('m1', {
      kind: 'resource',
      title: 'Finding partner schools',
      required: true,
      resourceId: RESOURCE_ID,
    });
  });
});
