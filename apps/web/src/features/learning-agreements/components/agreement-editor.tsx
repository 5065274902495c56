import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveLearningAgreementRequest } from '@campus/contracts';
import { Alert, Button, TextArea, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  agreementRequest,
  LANGUAGES_MAX,
  serverErrors,
  type AgreementFormValues,
} from '../lib/agreement-form';
import { OutcomesEditor } from './outcomes-editor';
import { focusFirstInvalid } from '../../../forms/focus-first-invalid';

type TextName = 'objectives' | 'tasks' | 'mentoring' | 'recognition';

export interface AgreementEditorProps {
  initial: AgreementFormValues;
  /** The version the editor starts from (null for the first): a save based on an older one is refused. */
  basedOnVersion: number | null;
  /** What saving will do: update the version in place, or make the next one. */
  notice: string | null;
  busy: boolean;
  onSave: (body: SaveLearningAgreementRequest) => Promise<unknown>;
  onCancel: () => void;
  /** Refetches the agreement after someone else saved it meanwhile. */
  onReload: () => void;
}

/** The learning agreement's form, checked with the contracts' schema before it is sent. */
export function AgreementEditor({
  initial,
  basedOnVersion,
  notice,
  busy,
  onSave,
  onCancel,
  onReload,
}: AgreementEditorProps) {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation('common');
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof AgreementFormValues>(name: K, value: AgreementFormValues[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => k !== name && !k.startsWith(`${name}.`))),
    );
  };
  const text = (name: TextName) => ({
    name,
    label: t(`content.${name}`),
    hint: t(`form.${name}Hint`),
    rows: 4,
    value: values[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const { body, errors: found } = agreementRequest(values, basedOnVersion, tc, t);
    setErrors(found);
    if (!body) return focusFirstInvalid(formRef);
    onSave(body).catch((err: unknown) => {
      if (isApiError(err) && err.fieldErrors.length && err.code === 'VALIDATION_FAILED') {
        setErrors(serverErrors(err.fieldErrorMap()));
        focusFirstInvalid(formRef);
      }
      setFailure(err);
    });
  };

  const outdated = isApiError(failure, 'AGREEMENT_OUTDATED');
  return (
    <form ref={formRef} className="ui-stack" onSubmit={submit} noValidate aria-label={t('edit.title')}>
      {notice && <Alert tone="info">{notice}</Alert>}
      {Object.keys(errors).length > 0 && !failure && <Alert tone="error" title={t('edit.invalid')} />}
      {failure !== null && (
        <ProblemAlert error={failure} messages={{ AGREEMENT_OUTDATED: t('edit.outdated') }}>
          {outdated && (
            <Button variant="secondary" size="small" onClick={onReload}>
              {t('edit.reload')}
            </Button>
          )}
        </ProblemAlert>
      )}
      <TextArea {...text('objectives')} />
      <OutcomesEditor value={values.outcomes} errors={errors} onChange={(next) => set('outcomes', next)} />
      <TextArea {...text('tasks')} />
      <TextField
        name="languages"
        label={t('content.languages')}
        hint={t('form.languagesHint', { max: LANGUAGES_MAX })}
        value={values.languages}
        error={errors.languages}
        onChange={(e) => set('languages', e.target.value)}
      />
      <TextArea {...text('mentoring')} />
      <TextArea {...text('recognition')} />
      <div className="ui-row">
        <Button type="submit" disabled={busy}>
          {busy ? t('edit.saving') : t('edit.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          {t('edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
