import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COURSE_VISIBILITIES, type CreateCourseRequest } from '@campus/contracts';
import { RadioGroup, Select, TextArea, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { languageOptions } from '../../profile';
import { courseRequest, type CourseFormValues, type DateField } from '../lib/course-form';
import { suggestSlug } from '../lib/slug';
import { FileUploadField } from './file-upload-field';
import { OutcomesEditor } from './outcomes-editor';
import { focusFirstInvalid } from '../../../forms/focus-first-invalid';
import { FormFooter } from '../../../forms/form-footer';

const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8];

export interface CourseFormProps {
  initial: CourseFormValues;
  timeZone: string;
  /** Present when editing: uploads (the cover) belong to a saved course. */
  courseId?: string;
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  /** Saves; a rejection with field errors puts them next to the fields. */
  onSubmit: (body: CreateCourseRequest) => Promise<unknown>;
}

/** The course's details, for a new course and for editing one. */
export function CourseForm({
  initial,
  timeZone,
  courseId,
  submitLabel,
  cancelTo,
  busy,
  onSubmit,
}: CourseFormProps) {
  const { t } = useTranslation('authoring');
  const { t: tc } = useTranslation('common');
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  // A new course's slug follows its title until someone edits the slug.
  const [slugEdited, setSlugEdited] = useState(courseId !== undefined);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof CourseFormValues>(name: K, value: CourseFormValues[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      const next = Object.fromEntries(
        Object.entries(e).filter(([k]) => k !== name && !k.startsWith(`${name}.`)),
      );
      return Object.keys(next).length === Object.keys(e).length ? e : next;
    });
  };
  const text = (name: 'title' | 'slug' | 'summary' | 'workloadHours' | 'topics' | DateField) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const { body, errors: found } = courseRequest(values, timeZone, tc, t('form.datesInOrder'));
    setErrors(found);
    if (!body) return focusFirstInvalid(formRef);
    onSubmit(body).catch((err: unknown) => {
      if (isApiError(err) && err.fieldErrors.length) {
        const mapped = err.fieldErrorMap();
        if (isApiError(err, 'ALREADY_EXISTS') && mapped.slug) mapped.slug = t('form.slugTaken');
        setErrors(mapped);
        focusFirstInvalid(formRef);
      }
      setFailure(err);
    });
  };

  const dateHint = t('form.inTimeZone', { timeZone: timeZone.replace(/_/g, ' ') });
  return (
    <form ref={formRef} className="ui-form" noValidate onSubmit={submit}>
      {failure != null && <ProblemAlert error={failure} />}
      <TextField
        label={t('form.title')}
        required
        maxLength={200}
        {...text('title')}
        onChange={(e) => {
          set('title', e.target.value);
          if (!slugEdited) set('slug', suggestSlug(e.target.value));
        }}
      />
      <TextField
        label={t('form.slug')}
        hint={t('form.slugHint', { slug: values.slug || 'international-office-basics' })}
        required
        maxLength={80}
        spellCheck={false}
        autoCapitalize="off"
        {...text('slug')}
        onChange={(e) => {
          setSlugEdited(true);
          set('slug', e.target.value);
        }}
      />
      <TextArea label={t('form.summary')} maxLength={2000} rows={3} {...text('summary')} />
      <div className="ui-form-row">
        <Select
          label={t('form.language')}
          options={languageOptions()}
          value={values.language}
          error={errors.language}
          onChange={(e) => set('language', e.target.value as CourseFormValues['language'])}
        />
        <Select
          label={t('form.eqfLevel')}
          placeholder={t('form.noEqfLevel')}
          options={EQF_LEVELS.map((l) => ({ value: String(l), label: t('form.eqfOption', { level: l }) }))}
          value={values.eqfLevel}
          error={errors.eqfLevel}
          onChange={(e) => set('eqfLevel', e.target.value)}
        />
        <TextField label={t('form.workloadHours')} inputMode="numeric" {...text('workloadHours')} />
      </div>
      {courseId ? (
        <FileUploadField
          courseId={courseId}
          purpose="course-cover"
          label={t('form.cover')}
          value={values.cover}
          error={errors.coverFileId}
          imagePreview
          removable
          onChange={(file) => set('cover', file)}
        />
      ) : (
        <p className="ui-hint" style={{ margin: 0 }}>
          {t('form.coverAfterSave')}
        </p>
      )}
      <OutcomesEditor
        value={values.learningOutcomes}
        errors={errors}
        onChange={(next) => set('learningOutcomes', next)}
      />
      <TextField label={t('form.topics')} hint={t('form.topicsHint')} {...text('topics')} />
      <RadioGroup
        legend={t('form.visibility')}
        options={COURSE_VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
        value={values.visibility}
        error={errors.visibility}
        onChange={(v) => set('visibility', v as CourseFormValues['visibility'])}
      />
      <fieldset className="ui-radio-group ui-stack" style={{ gap: '0.5rem' }}>
        <legend className="ui-label">{t('form.runDates')}</legend>
        <p className="ui-hint" style={{ margin: 0 }}>
          {dateHint}
        </p>
        <div className="ui-form-row">
          <TextField type="datetime-local" label={t('form.enrolmentOpensAt')} {...text('enrolmentOpensAt')} />
          <TextField
            type="datetime-local"
            label={t('form.enrolmentClosesAt')}
            {...text('enrolmentClosesAt')}
          />
        </div>
        <div className="ui-form-row">
          <TextField type="datetime-local" label={t('form.startsAt')} {...text('startsAt')} />
          <TextField type="datetime-local" label={t('form.endsAt')} {...text('endsAt')} />
        </div>
      </fieldset>
      <FormFooter
        invalid={Object.keys(errors).length > 0 && failure == null}
        busy={busy}
        submitLabel={submitLabel}
        cancelTo={cancelTo}
      />
    </form>
  );
}
