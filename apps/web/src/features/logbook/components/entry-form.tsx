import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOG_HOURS_MAX, type PlannedOutcome } from '@campus/contracts';
import { Button, Checkbox, TextArea, TextField } from '@campus/web-ui';
import { parseLogEntryForm, type LogEntryFormValues } from '../lib/logbook-form';
import type { LogEntryBody } from '../lib/logbook-outbox';

export interface EntryFormProps {
  date: string;
  initial: LogEntryFormValues;
  /** Field messages the server gave for the last version sent. */
  serverErrors?: Record<string, string>;
  outcomes: readonly PlannedOutcome[];
  /** Keeps the entry (on the device first); throws when the device cannot store it. */
  onSave: (body: LogEntryBody) => void;
  onCancel: () => void;
}

const touchTarget = { minHeight: '2.75rem' };

/** One day's entry, checked with the contract's schema before it is kept. */
export function EntryForm({ date, initial, serverErrors, outcomes, onSave, onCancel }: EntryFormProps) {
  const { t } = useTranslation('logbook');
  const { t: tc } = useTranslation('common');
  const [values, setValues] = useState<LogEntryFormValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof LogEntryFormValues, string>>>(serverErrors ?? {});
  const [storageFailed, setStorageFailed] = useState(false);

  const set = <K extends keyof LogEntryFormValues>(name: K, value: LogEntryFormValues[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors(({ [name]: _dropped, ...rest }) => rest);
  };

  const toggleOutcome = (id: string, on: boolean) =>
    set('outcomeIds', on ? [...values.outcomeIds, id] : values.outcomeIds.filter((o) => o !== id));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const result = parseLogEntryForm(date, values, tc, t('form.quarterHours'));
    if (!result.ok) {
      setErrors(result.errors);
      // After React has marked the fields invalid.
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    try {
      onSave(result.body);
      setStorageFailed(false);
    } catch {
      setStorageFailed(true);
    }
  };

  return (
    <form className="ui-form" noValidate onSubmit={submit}>
      <TextField
        label={t('form.hours')}
        hint={t('form.hoursHint', { max: LOG_HOURS_MAX })}
        inputMode="decimal"
        autoComplete="off"
        required
        value={values.hours}
        error={errors.hours}
        onChange={(e) => set('hours', e.target.value)}
        style={{ maxWidth: '8rem' }}
      />
      <TextArea
        label={t('form.activities')}
        hint={t('form.activitiesHint')}
        required
        rows={5}
        value={values.activities}
        error={errors.activities}
        onChange={(e) => set('activities', e.target.value)}
      />
      <fieldset className="ui-field" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="ui-label">{t('form.outcomes')}</legend>
        {outcomes.length === 0 ? (
          <p className="ui-muted" style={{ margin: 0 }}>
            {t('form.noOutcomes')}
          </p>
        ) : (
          outcomes.map((o) => (
            <Checkbox
              key={o.id}
              label={o.statement}
              checked={values.outcomeIds.includes(o.id)}
              onChange={(e) => toggleOutcome(o.id, e.target.checked)}
            />
          ))
        )}
        {errors.outcomeIds && <p className="ui-error">{errors.outcomeIds}</p>}
      </fieldset>
      <TextArea
        label={t('form.reflection')}
        hint={t('form.reflectionHint')}
        rows={4}
        value={values.reflection}
        error={errors.reflection}
        onChange={(e) => set('reflection', e.target.value)}
      />
      {storageFailed && (
        <p role="alert" className="ui-error">
          {t('form.storageFailed')}
        </p>
      )}
      <div className="ui-stack" style={{ gap: '0.5rem' }}>
        <Button type="submit" block style={touchTarget}>
          {t('form.save')}
        </Button>
        <Button variant="secondary" block style={touchTarget} onClick={onCancel}>
          {tc('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
