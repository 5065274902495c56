import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSON_KINDS, type CourseView, type LessonView } from '@campus/contracts';
import { Alert, Button, Checkbox, RadioGroup, TextArea, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAddLesson, useAddQuizLesson, useUpdateLesson } from '../hooks/use-authoring';
import {
  createLessonRequest,
  emptyLessonValues,
  lessonValues,
  updateLessonRequest,
  type EditableLessonKind,
  type LessonFormValues,
  type VideoSource,
} from '../lib/lesson-form';
import { FileUploadField } from './file-upload-field';
import { PageBodyEditor } from './page-body-editor';
import { focusFirstInvalid } from '../../../forms/focus-first-invalid';
import { ResourcePicker } from '../../resources';

export interface LessonEditorProps {
  course: CourseView;
  /** A new lesson goes into this module. */
  moduleId: string;
  /** The lesson to edit; absent for a new one. */
  lesson?: LessonView & { kind: EditableLessonKind };
  /** `quizId`: a quiz lesson was created, whose quiz is set up next. */
  onSaved: (created?: { quizId: string }) => void;
  onCancel: () => void;
}

const EDITABLE_KINDS = LESSON_KINDS.filter((k): k is EditableLessonKind => k !== 'quiz');
type NewLessonKind = EditableLessonKind | 'quiz';
const NEW_KINDS: readonly NewLessonKind[] = [...EDITABLE_KINDS, 'quiz'];

/** A lesson's editor: the kind (chosen once, for a new lesson), its kind's fields, and "required". */
export function LessonEditor({ course, moduleId, lesson, onSaved, onCancel }: LessonEditorProps) {
  const { t } = useTranslation('authoring');
  const { t: tc } = useTranslation('common');
  const { t: tl } = useTranslation('library');
  const [values, setValues] = useState<LessonFormValues>(() =>
    lesson ? lessonValues(lesson) : emptyLessonValues(),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useAddLesson(course.id);
  const addQuiz = useAddQuizLesson(course.id);
  const update = useUpdateLesson(course.id);
  // A quiz lesson is created here with its title, intro and "required"; its quiz is set up after.
  const [quiz, setQuiz] = useState(false);
  const saving = lesson ? update : quiz ? addQuiz : add;
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof LessonFormValues>(
    name: K,
    value: LessonFormValues[K],
    errorKey: string = name,
  ) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) =>
      errorKey in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== errorKey)) : e,
    );
  };
  const messages = {
    chooseVideo: t('lesson.chooseVideo'),
    chooseFile: t('lesson.chooseFile'),
    httpsOnly: t('lesson.httpsOnly'),
    chooseResource: tl('lesson.chooseResource'),
  };
  const onError = (err: unknown) => {
    if (isApiError(err) && err.fieldErrors.length) {
      setErrors(err.fieldErrorMap());
      focusFirstInvalid(formRef);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!lesson && quiz) {
      const found: Record<string, string> = {};
      if (!values.title.trim()) found.title = tc('validation.required');
      else if (values.title.trim().length > 200) found.title = tc('validation.maxLength', { count: 200 });
      setErrors(found);
      if (Object.keys(found).length) return focusFirstInvalid(formRef);
      const before = new Set(course.modules.flatMap((m) => m.lessons.map((l) => l.id)));
      addQuiz.mutate(
        { moduleId, body: { title: values.title.trim(), required: values.required, body: values.body } },
        {
          onSuccess: (next) => {
            const created = next?.modules
              .flatMap((m) => m.lessons)
              .find((l) => !before.has(l.id) && l.kind === 'quiz');
            onSaved(created?.quizId ? { quizId: created.quizId } : undefined);
          },
          onError,
        },
      );
      return;
    }
    if (lesson) {
      const { body, errors: found } = updateLessonRequest(values, tc, messages);
      setErrors(found);
      if (!body) return focusFirstInvalid(formRef);
      update.mutate({ lessonId: lesson.id, body }, { onSuccess: () => onSaved(), onError });
    } else {
      const { body, errors: found } = createLessonRequest(values, tc, messages);
      setErrors(found);
      if (!body) return focusFirstInvalid(formRef);
      add.mutate({ moduleId, body }, { onSuccess: () => onSaved(), onError });
    }
  };

  const descriptionField = (
    <TextArea
      label={t('lesson.description')}
      hint={t('lesson.descriptionHint')}
      code
      rows={5}
      value={values.body}
      error={errors.body}
      onChange={(e) => set('body', e.target.value)}
    />
  );

  return (
    <form ref={formRef} className="ui-form" noValidate onSubmit={submit}>
      {saving.error != null && <ProblemAlert error={saving.error} />}
      {lesson ? (
        <p style={{ margin: 0 }}>{t('lesson.kindIs', { kind: t(`lesson.kinds.${lesson.kind}`) })}</p>
      ) : (
        <RadioGroup
          legend={t('lesson.kind')}
          inline
          options={NEW_KINDS.map((k) => ({ value: k, label: t(`lesson.kinds.${k}`) }))}
          value={quiz ? 'quiz' : values.kind}
          onChange={(k) => {
            setQuiz(k === 'quiz');
            if (k !== 'quiz') setValues((v) => ({ ...v, kind: k as LessonFormValues['kind'] }));
            setErrors({});
          }}
        />
      )}
      <TextField
        label={t('lesson.title')}
        required
        maxLength={200}
        value={values.title}
        error={errors.title}
        onChange={(e) => set('title', e.target.value)}
      />
      {quiz && (
        <>
          <TextArea
            label={t('lesson.quizIntro')}
            hint={t('lesson.quizIntroHint')}
            code
            rows={5}
            value={values.body}
            error={errors.body}
            onChange={(e) => set('body', e.target.value)}
          />
          <p className="ui-hint" style={{ margin: 0 }}>
            {t('lesson.quizNext')}
          </p>
        </>
      )}
      {!quiz && values.kind === 'page' && (
        <PageBodyEditor
          courseId={course.id}
          language={course.language}
          label={t('page.body')}
          value={values.body}
          error={errors.body}
          images={lesson?.images}
          onChange={(body) => set('body', body)}
        />
      )}
      {!quiz && values.kind === 'video' && (
        <>
          <RadioGroup
            legend={t('video.source')}
            inline
            options={[
              { value: 'upload', label: t('video.upload') },
              { value: 'link', label: t('video.link') },
            ]}
            value={values.videoSource}
            onChange={(s) => {
              setValues((v) => ({ ...v, videoSource: s as VideoSource }));
              setErrors(({ videoUrl: _u, videoFileId: _f, ...rest }) => rest);
            }}
          />
          {values.videoSource === 'upload' ? (
            <>
              <FileUploadField
                courseId={course.id}
                purpose="lesson-video"
                label={t('video.file')}
                value={values.videoFile}
                error={errors.videoFileId}
                onChange={(f) => set('videoFile', f, 'videoFileId')}
              />
              <FileUploadField
                courseId={course.id}
                purpose="lesson-captions"
                label={t('video.captions')}
                value={values.captions}
                error={errors.captionsFileId}
                removable
                onChange={(f) => set('captions', f, 'captionsFileId')}
              />
              <p className="ui-hint" style={{ margin: 0 }}>
                {t('video.completesAtEnd')}
              </p>
            </>
          ) : (
            <TextField
              label={t('video.url')}
              hint={t('video.urlHint')}
              type="url"
              required
              value={values.videoUrl}
              error={errors.videoUrl}
              onChange={(e) => set('videoUrl', e.target.value)}
            />
          )}
          <TextArea
            label={t('video.transcript')}
            hint={t('video.transcriptHint')}
            rows={6}
            value={values.transcript}
            error={errors.transcript}
            onChange={(e) => set('transcript', e.target.value)}
          />
          {descriptionField}
        </>
      )}
      {!quiz && values.kind === 'file' && (
        <>
          <FileUploadField
            courseId={course.id}
            purpose="lesson-file"
            label={t('file.file')}
            value={values.file}
            error={errors.fileId}
            onChange={(f) => set('file', f, 'fileId')}
          />
          <p className="ui-hint" style={{ margin: 0 }}>
            {t('file.completesOnDownload')}
          </p>
          {descriptionField}
        </>
      )}
      {!quiz && values.kind === 'resource' && !lesson && (
        <ResourcePicker
          value={values.resource}
          error={errors.resourceId}
          onChange={(r) => {
            // The resource's title is a good lesson title until the author writes their own.
            setValues((v) => ({ ...v, resource: r, title: v.title.trim() ? v.title : (r.title ?? '') }));
            setErrors(({ resourceId: _r, title: _t, ...rest }) => rest);
          }}
        />
      )}
      {!quiz && values.kind === 'resource' && lesson && (
        <p style={{ margin: 0 }}>
          {tl('lesson.chosen', { title: values.resource?.title ?? tl('lesson.unavailable') })}
        </p>
      )}
      <Checkbox
        label={t('lesson.required')}
        hint={t('lesson.requiredHint')}
        checked={values.required}
        onChange={(e) => set('required', e.target.checked)}
      />
      {Object.keys(errors).length > 0 && saving.error == null && (
        <Alert tone="error" title={tc('errors.VALIDATION_FAILED')} />
      )}
      <div className="ui-row">
        <Button type="submit" loading={saving.isPending}>
          {lesson ? t('lesson.save') : t('lesson.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {tc('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
