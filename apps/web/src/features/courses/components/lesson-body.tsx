import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseView, FileRef, LessonView } from '@campus/contracts';
import { Badge, Button, buttonClassName } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatFileSize } from '../../../format/file-size';
import { languageAutonym } from '../../profile';
import { LessonResource } from './lesson-resource';
import { Markdown } from '../lib/markdown';

/** How a lesson records its completion; absent in the author's preview. */
export interface LessonCompletion {
  complete: (options?: { onSuccess?: () => void }) => void;
  pending: boolean;
  error: unknown;
}

export interface LessonBodyProps {
  course: CourseView;
  lesson: LessonView;
  completed: boolean;
  /** Without it (the author's preview) nothing is recorded and completion buttons are disabled. */
  completion?: LessonCompletion;
}

/**
 * One lesson as learners see it. Pages and embedded videos are completed with a button; an
 * uploaded video completes when it plays to the end, a file when it is downloaded.
 */
export function LessonBody({ course, lesson, completed, completion }: LessonBodyProps) {
  const { t } = useTranslation('courses');
  const doneRef = useRef<HTMLSpanElement>(null);
  // focus moves to the "completed" badge from the button that disappears
  const completeAndFocus = () =>
    completion?.complete({ onSuccess: () => setTimeout(() => doneRef.current?.focus(), 0) });
  // Automatic completion (a video's end, a download) happens once, and never in the preview.
  const completeOnce = () => {
    if (!completed && completion && !completion.pending) completion.complete();
  };
  const automatic =
    (lesson.kind === 'video' && !!lesson.videoFile) || (lesson.kind === 'file' && !!lesson.file);

  return (
    <div className="ui-stack">
      <div className="ui-row">
        <h2 id="lesson-title" style={{ margin: 0 }} lang={course.language}>
          {lesson.title}
        </h2>
        {!lesson.required && <Badge>{t('lesson.optional')}</Badge>}
      </div>
      {lesson.kind === 'video' ? (
        <div className="ui-stack" lang={course.language}>
          {lesson.body && <Markdown source={lesson.body} headingOffset={2} images={lesson.images} />}
          {lesson.videoFile ? (
            <video
              className="ui-video"
              controls
              preload="metadata"
              src={lesson.videoFile.url}
              aria-label={t('lesson.videoLabel', { title: lesson.title })}
              onEnded={completeOnce}
            >
              {lesson.captions && (
                <track
                  kind="captions"
                  src={lesson.captions.url}
                  srcLang={course.language}
                  label={languageAutonym(course.language)}
                  default
                />
              )}
            </video>
          ) : (
            lesson.videoUrl && (
              <p>
                <a
                  href={lesson.videoUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={buttonClassName()}
                >
                  {t('lesson.openVideo')}
                  <span className="ui-visually-hidden"> {t('lesson.newTab')}</span>
                </a>
              </p>
            )
          )}
          <section aria-labelledby="transcript-title">
            <h3 id="transcript-title">{t('lesson.transcript')}</h3>
            {lesson.transcript ? (
              <p className="ui-prewrap">{lesson.transcript}</p>
            ) : (
              <p className="ui-muted">{t('lesson.noTranscript')}</p>
            )}
          </section>
        </div>
      ) : lesson.kind === 'resource' ? (
        <LessonResource resource={lesson.resource} />
      ) : lesson.kind === 'file' ? (
        <div className="ui-stack" lang={course.language}>
          {lesson.body && <Markdown source={lesson.body} headingOffset={2} images={lesson.images} />}
          {lesson.file && <FileDownload file={lesson.file} onDownload={completeOnce} />}
        </div>
      ) : (
        <div lang={course.language}>
          <Markdown source={lesson.body ?? ''} headingOffset={2} images={lesson.images} />
        </div>
      )}
      {completion?.error != null && <ProblemAlert error={completion.error} />}
      <div className="ui-row" aria-live="polite">
        {completed ? (
          <span ref={doneRef} tabIndex={-1}>
            <Badge tone="success">{t('lesson.completed')}</Badge>
          </span>
        ) : automatic ? (
          <p className="ui-muted" style={{ margin: 0 }}>
            {lesson.kind === 'video' ? t('lesson.completesAtEnd') : t('lesson.completesOnDownload')}
          </p>
        ) : (
          <Button loading={completion?.pending} disabled={!completion} onClick={completeAndFocus}>
            {t('lesson.markComplete')}
          </Button>
        )}
      </div>
    </div>
  );
}

function FileDownload({ file, onDownload }: { file: FileRef; onDownload: () => void }) {
  const { t, i18n } = useTranslation('courses');
  return (
    <div className="ui-download">
      <a href={file.url} download={file.name} className={buttonClassName()} onClick={onDownload}>
        {t('lesson.download', { name: file.name })}
      </a>
      <span className="ui-muted">
        {t('lesson.fileFacts', {
          type: fileTypeLabel(file),
          size: formatFileSize(file.size, i18n.resolvedLanguage ?? 'en'),
        })}
      </span>
    </div>
  );
}

/** "PDF", "DOCX", … from the name; the content type when the name has no extension. */
function fileTypeLabel(file: FileRef): string {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(file.name)?.[1];
  return ext ? ext.toUpperCase() : file.contentType;
}
