import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CourseView, FileRef, LessonView } from '@campus/contracts';
import { LessonBody, type LessonCompletion } from './lesson-body';

const course = { id: 'c1', language: 'it' } as CourseView;
const ref = (name: string, contentType: string, size = 2048): FileRef => ({
  id: `${name}-id`,
  name,
  contentType,
  size,
  url: `https://files.example/${name}?sig=x`,
});
const lesson = (extra: Partial<LessonView>): LessonView => ({
  id: 'l1',
  moduleId: 'm1',
  position: 1,
  title: 'A lesson',
  kind: 'page',
  required: true,
  ...extra,
});
const completion = (): LessonCompletion & { complete: jest.Mock } => ({
  complete: jest.fn(),
  pending: false,
  error: null,
});

describe('LessonBody', () => {
  it('plays an uploaded video with captions in the course language and completes it at the end', () => {
    const c = completion();
    const { container } = render(
      <LessonBody
        course={course}
        completed={false}
        completion={c}
        lesson={lesson({
          kind: 'video',
          videoFile: ref('talk.webm', 'video/webm'),
          captions: ref('talk.vtt', 'text/vtt'),
        })}
      />,
    );
    const video = container.querySelector('video') as HTMLVideoElement;
    expect(video).toHaveAttribute('src', 'https://files.example/talk.webm?sig=x');
    expect(video).toHaveAttribute('controls');
    const track = video.querySelector('track');
    expect(track).toHaveAttribute('kind', 'captions');
    expect(track).toHaveAttribute('srclang', 'it');
    expect(track).toHaveAttribute('src', 'https://files.example/talk.vtt?sig=x');
    expect(screen.queryByRole('button', { name: 'Mark as complete' })).toBeNull();

    fireEvent.ended(video);
    expect(c.complete).toHaveBeenCalledTimes(1);
  });

  it('keeps the link and the mark button for an embedded video', () => {
    render(
      <LessonBody
        course={course}
        completed={false}
        completion={completion()}
        lesson={lesson({ kind: 'video', videoUrl: 'https://video.example/v/1' })}
      />,
    );
    expect(screen.getByRole('link', { name: /Open the video/ })).toHaveAttribute(
      'href',
      'https://video.example/v/1',
    );
    expect(screen.getByRole('button', { name: 'Mark as complete' })).toBeEnabled();
  });

  it('offers a file for download with its type and size, and completes on download', async () => {
    const c = completion();
    render(
      <LessonBody
        course={course}
        completed={false}
        completion={c}
        lesson={lesson({
          kind: 'file',
          body: 'Print **this**.',
          file: ref('checklist.pdf', 'application/pdf', 1536),
        })}
      />,
    );
    const link = screen.getByRole('link', { name: 'Download checklist.pdf' });
    expect(link).toHaveAttribute('download', 'checklist.pdf');
    expect(link).toHaveAttribute('href', 'https://files.example/checklist.pdf?sig=x');
    expect(screen.getByText('PDF, 1.5 kB')).toBeInTheDocument();
    expect(screen.getByText('this').tagName).toBe('STRONG');
    expect(screen.queryByRole('button', { name: 'Mark as complete' })).toBeNull();
    link.addEventListener('click', (e) => e.preventDefault()); // jsdom cannot navigate
    await userEvent.click(link);
    expect(c.complete).toHaveBeenCalledTimes(1);
  });

  it('records nothing in the preview: no completion, the mark button disabled', () => {
    const { container } = render(
      <LessonBody
        course={course}
        completed={false}
        lesson={lesson({ kind: 'video', videoFile: ref('talk.webm', 'video/webm') })}
      />,
    );
    fireEvent.ended(container.querySelector('video') as HTMLVideoElement);
    render(<LessonBody course={course} completed={false} lesson={lesson({ body: 'Hello' })} />);
    expect(screen.getByRole('button', { name: 'Mark as complete' })).toBeDisabled();
  });
});
