import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MAX_CUSTOM_QUESTIONS, MIN_GROUP_SIZE, RESPONDENT_GROUPS, type Locale } from '@campus/contracts';
import { Alert, Button, Card, Checkbox, Select, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import { focusFirstInvalid } from '../../../forms/focus-first-invalid';
import { isLocale } from '../../../i18n';
import { languageOptions } from '../../profile';
import { useOpenRound, usePublishedFrameworks } from '../hooks/use-rounds';
import {
  canAddQuestion,
  fieldOf,
  initialRoundValues,
  toOpenRoundRequest,
  type RoundFormValues,
} from '../lib/round-form';

/** Opens a round: framework, title, language, groups, own questions, minimum group size, closing date. */
export function OpenRoundForm({ orgId, onCancel }: { orgId: string; onCancel: () => void }) {
  const { t, i18n } = useTranslation('rounds');
  const { t: tc } = useTranslation('common');
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  const frameworks = usePublishedFrameworks(locale);
  const open = useOpenRound(orgId);
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RoundFormValues>(() => initialRoundValues(locale));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const set = <K extends keyof RoundFormValues>(name: K, value: RoundFormValues[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      const { [name]: _removed, ...rest } = e;
      return rest;
    });
  };
  const showErrors = (next: Record<string, string>) => {
    setErrors(next);
    focusFirstInvalid(formRef);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = toOpenRoundRequest(values, tc, { closesInFuture: t('open.closesInFuture') });
    if ('errors' in checked) return showErrors(checked.errors);
    open.mutate(checked.request, {
      onSuccess: (round) => void navigate(`/orgs/${orgId}/self-assessment/rounds/${round.id}`),
      onError: (err) => {
        if (isApiError(err) && err.fieldErrors.length > 0) {
          showErrors(
            Object.fromEntries(err.fieldErrors.map((f) => [fieldOf(f.field.split('.')), f.message])),
          );
        }
      },
    });
  };

  const frameworkOptions = (frameworks.data ?? []).map((f) => ({
    value: f.versionId,
    label: `${f.title} (v${f.version})`,
  }));

  return (
    <Card title={t('open.title')}>
      <form ref={formRef} className="ui-stack" onSubmit={submit} noValidate>
        {open.isError && <ProblemAlert error={open.error} />}
        {frameworks.isSuccess && frameworkOptions.length === 0 && (
          <Alert tone="warning">{t('open.noFrameworks')}</Alert>
        )}
        <Select
          label={t('open.framework')}
          placeholder={t('open.frameworkPlaceholder')}
          options={frameworkOptions}
          value={values.frameworkVersionId}
          onChange={(e) => set('frameworkVersionId', e.target.value)}
          error={errors['frameworkVersionId']}
          required
        />
        <TextField
          label={t('open.roundTitle')}
          hint={t('open.roundTitleHint')}
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors['title']}
          maxLength={200}
          required
        />
        <Select
          label={t('open.language')}
          hint={t('open.languageHint')}
          options={languageOptions()}
          value={values.locale}
          onChange={(e) => isLocale(e.target.value) && set('locale', e.target.value)}
        />
        <fieldset className="ui-field" aria-describedby={errors['groups'] ? 'round-groups-error' : undefined}>
          <legend className="ui-label">{t('open.groups')}</legend>
          {RESPONDENT_GROUPS.map((group) => (
            <Checkbox
              key={group}
              label={t(`groups.${group}`)}
              checked={values.groups.includes(group)}
              aria-invalid={errors['groups'] ? true : undefined}
              onChange={(e) =>
                set(
                  'groups',
                  e.target.checked
                    ? RESPONDENT_GROUPS.filter((g) => g === group || values.groups.includes(g))
                    : values.groups.filter((g) => g !== group),
                )
              }
            />
          ))}
          {errors['groups'] && (
            <p id="round-groups-error" className="ui-error">
              {errors['groups']}
            </p>
          )}
        </fieldset>
        <fieldset className="ui-field">
          <legend className="ui-label">{t('open.questions')}</legend>
          <p className="ui-hint">{t('open.questionsHint', { max: MAX_CUSTOM_QUESTIONS })}</p>
          {values.questions.map((text, i) => (
            <div key={i} className="ui-row">
              <TextField
                label={t('open.question', { n: i + 1 })}
                value={text}
                maxLength={500}
                error={errors[`questions.${i}`]}
                onChange={(e) =>
                  set(
                    'questions',
                    values.questions.map((q, j) => (j === i ? e.target.value : q)),
                  )
                }
              />
              <Button
                type="button"
                variant="ghost"
                size="small"
                onClick={() =>
                  set(
                    'questions',
                    values.questions.filter((_, j) => j !== i),
                  )
                }
              >
                {t('open.removeQuestion', { n: i + 1 })}
              </Button>
            </div>
          ))}
          {canAddQuestion(values) && (
            <div>
              <Button
                type="button"
                variant="secondary"
                size="small"
                onClick={() => set('questions', [...values.questions, ''])}
              >
                {t('open.addQuestion')}
              </Button>
            </div>
          )}
        </fieldset>
        <TextField
          label={t('open.minGroupSize')}
          hint={t('open.minGroupSizeHint', { min: MIN_GROUP_SIZE })}
          type="number"
          min={MIN_GROUP_SIZE}
          max={50}
          value={values.minGroupSize}
          onChange={(e) => set('minGroupSize', e.target.value)}
          error={errors['minGroupSize']}
        />
        <TextField
          label={t('open.closesOn')}
          hint={t('open.closesOnHint')}
          type="date"
          value={values.closesOn}
          onChange={(e) => set('closesOn', e.target.value)}
          error={errors['closesOn']}
        />
        <div className="ui-row">
          <Button type="submit" loading={open.isPending}>
            {t('open.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('open.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
