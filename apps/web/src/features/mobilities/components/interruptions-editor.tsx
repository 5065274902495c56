import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@campus/web-ui';
import { newInterruption, type InterruptionValues } from '../lib/mobility-form';
import { FormSection } from './form-section';

/** The contracts' limit on interruptions of one mobility. */
const MAX_INTERRUPTIONS = 20;

/**
 * Date ranges within the activity that do not count in its duration. Errors come by row
 * (`interruptions.1`, from the API: outside the activity, overlapping) or by date
 * (`interruptions.1.from`, from the form).
 */
export function InterruptionsEditor({
  value,
  errors,
  startDate,
  endDate,
  onChange,
}: {
  value: readonly InterruptionValues[];
  errors: Record<string, string>;
  startDate: string;
  endDate: string;
  onChange: (next: InterruptionValues[]) => void;
}) {
  const { t } = useTranslation('mobilities');
  const listRef = useRef<HTMLOListElement>(null);
  const focusRow = (index: number) =>
    requestAnimationFrame(() =>
      listRef.current?.querySelectorAll('li')[index]?.querySelector<HTMLElement>('input')?.focus(),
    );
  const edit = (index: number, field: 'from' | 'to', date: string) =>
    onChange(value.map((r, i) => (i === index ? { ...r, [field]: date } : r)));

  return (
    <FormSection title={t('form.interruptions')} hint={t('form.interruptionsHint')}>
      {errors.interruptions && (
        <p className="ui-error" role="alert">
          {errors.interruptions}
        </p>
      )}
      {value.length > 0 && (
        <ol ref={listRef} className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {value.map((r, i) => (
            <li key={r.key} className="ui-row" style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}>
              <TextField
                type="date"
                name={`interruptions.${i}.from`}
                label={t('form.interruptionFrom', { n: i + 1 })}
                value={r.from}
                min={startDate || undefined}
                max={r.to || endDate || undefined}
                error={errors[`interruptions.${i}.from`] ?? errors[`interruptions.${i}`]}
                onChange={(e) => edit(i, 'from', e.target.value)}
              />
              <TextField
                type="date"
                name={`interruptions.${i}.to`}
                label={t('form.interruptionTo', { n: i + 1 })}
                value={r.to}
                min={r.from || startDate || undefined}
                max={endDate || undefined}
                error={errors[`interruptions.${i}.to`]}
                onChange={(e) => edit(i, 'to', e.target.value)}
              />
              <Button variant="ghost" size="small" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                {t('form.removeInterruption', { n: i + 1 })}
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button
          variant="secondary"
          size="small"
          disabled={value.length >= MAX_INTERRUPTIONS}
          onClick={() => {
            onChange([...value, newInterruption()]);
            focusRow(value.length);
          }}
        >
          {t('form.addInterruption')}
        </Button>
      </div>
    </FormSection>
  );
}
