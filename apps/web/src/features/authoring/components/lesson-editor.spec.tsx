import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CourseView } from '@campus/contracts';
import { renderWithProviders } from '../../../test/render';
import { authoringApi } from '../api/authoring.api';
import { LessonEditor } from './lesson-editor';

jest.mock('../api/authoring.api', () => ({
  authoringApi: { addLesson: jest.fn(), updateLesson: jest.fn(), upload: jest.fn() },
}));
const mocked = authoringApi as jest.Mocked<typeof authoringApi>;

const course: CourseView = {
  id: 'c1',
  slug: 'a-course',
  title: 'A course',
  summary: '',
  language: 'it',
  eqfLevel: null,
  workloadHours: 2,
  topics: [],
  visibility: 'public',
  status: 'draft',
  cover: null,
  organisation: { id: 'o1', name: 'Demo VET School', country: 'IT' },
  enrolmentOpensAt: null,
  enrolmentClosesAt: null,
  startsAt: null,
  endsAt: null,
  learningOutcomes: [],
  updatedAt: '2026-01-01T00:00:00Z',
  modules: [{ id: 'm1', position: 1, title: 'Module one', lessons: [] }],
};

function renderEditor(onSaved = jest.fn()) {
  renderWithProviders(<LessonEditor course={course} moduleId="m1" onSaved={onSaved} onCancel={jest.fn()} />);
  return { onSaved };
}

describe('LessonEditor', () => {
  it('shows the fields of the kind chosen, and only those', async () => {
    const user = userEvent.setup();
    renderEditor();

    // A page: Markdown with image upload and a live preview.
    expect(screen.getByRole('radio', { name: 'Page' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Page text (Markdown)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Image file')).toHaveAttribute('accept', '.png,.jpg,.jpeg,.webp,.gif');
    expect(screen.queryByLabelText('Video file')).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Video' }));
    expect(screen.queryByRole('textbox', { name: 'Page text (Markdown)' })).toBeNull();
    expect(screen.getByLabelText('Video file')).toHaveAttribute('accept', '.webm,.mp4');
    expect(screen.getByLabelText('Captions (WebVTT)')).toHaveAttribute('accept', '.vtt');
    expect(screen.getByRole('textbox', { name: /Transcript/ })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Video link/ })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Link to a hosted video' }));
    expect(screen.getByRole('textbox', { name: /Video link/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Video file')).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'File' }));
    expect(screen.getByLabelText('File to download')).toHaveAttribute(
      'accept',
      expect.stringContaining('.pdf'),
    );
    expect(screen.getByRole('textbox', { name: /Description \(Markdown\)/ })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Transcript/ })).toBeNull();
  });

  it('keeps what was typed when switching kind and back', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Welcome');
    await user.type(screen.getByRole('textbox', { name: 'Page text (Markdown)' }), 'Hello');
    await user.click(screen.getByRole('radio', { name: 'Video' }));
    await user.click(screen.getByRole('radio', { name: 'Page' }));
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Welcome');
    expect(screen.getByRole('textbox', { name: 'Page text (Markdown)' })).toHaveValue('Hello');
  });

  it('asks for the upload of a video or file lesson before sending anything', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Watch this');
    await user.click(screen.getByRole('radio', { name: 'Video' }));
    await user.click(screen.getByRole('button', { name: 'Add the lesson' }));
    expect(screen.getByText('Upload a video file.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'File' }));
    await user.click(screen.getByRole('button', { name: 'Add the lesson' }));
    expect(screen.getByText('Upload the file to download.')).toBeInTheDocument();
    expect(mocked.addLesson).not.toHaveBeenCalled();
  });

  it("sends only the chosen kind's fields", async () => {
    const user = userEvent.setup();
    mocked.addLesson.mockResolvedValue(course);
    const { onSaved } = renderEditor();
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Welcome');
    await user.type(screen.getByRole('textbox', { name: 'Page text (Markdown)' }), '# Hi');
    await user.click(screen.getByRole('checkbox', { name: /Required/ }));
    await user.click(screen.getByRole('button', { name: 'Add the lesson' }));

    expect(mocked.addLesson).toHaveBeenCalledWith('m1', {
      kind: 'page',
      title: 'Welcome',
      required: false,
      body: '# Hi',
    });
    expect(onSaved).toHaveBeenCalled();
  });
});
