import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_CATEGORIES } from '@campus/contracts';
import { Button, Select, TextArea } from '@campus/web-ui';
import { newOutcome, OUTCOMES_MAX, type OutcomeValues } from '../lib/agreement-form';

/**
 * The planned learning outcomes: a statement and an optional kind each. A new outcome gets a new
 * id here; an existing one keeps its id, so log entries and the mentor's assessment still point at
 * it after an amendment.
 */
export function OutcomesEditor({
  value,
  errors,
  onChange,
}: {
  value: readonly OutcomeValues[];
  errors: Record<string, string>;
  onChange: (next: OutcomeValues[]) => void;
}) {
  const { t } = useTranslation('agreements');
  const listRef = useRef<HTMLOListElement>(null);
  const focusOutcome = (index: number) =>
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll('li');
      items?.[index]?.querySelector<HTMLElement>('textarea')?.focus();
    });
  const edit = (index: number, patch: Partial<OutcomeValues>) =>
    onChange(value.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  const categories = [
    { value: '', label: t('category.none') },
    ...OUTCOME_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })),
  ];
  return (
    <fieldset className="ui-radio-group ui-stack">
      <legend className="ui-card__title">{t('content.outcomes')}</legend>
      <p className="ui-hint" style={{ margin: 0 }}>
        {t('form.outcomesHint', { max: OUTCOMES_MAX })}
      </p>
      {errors.outcomes && (
        <p className="ui-error" role="alert">
          {errors.outcomes}
        </p>
      )}
      <ol ref={listRef} className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {value.map((o, i) => (
          <li key={o.id} className="ui-stack">
            <TextArea
              name={`outcomes.${i}.statement`}
              label={t('form.outcomeStatement', { n: i + 1 })}
              rows={2}
              value={o.statement}
              error={errors[`outcomes.${i}.statement`]}
              onChange={(e) => edit(i, { statement: e.target.value })}
            />
            <div className="ui-row" style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}>
              <Select
                name={`outcomes.${i}.category`}
                label={t('form.outcomeCategory', { n: i + 1 })}
                options={categories}
                value={o.category}
                error={errors[`outcomes.${i}.category`]}
                onChange={(e) => edit(i, { category: e.target.value as OutcomeValues['category'] })}
              />
              <Button
                variant="ghost"
                size="small"
                disabled={value.length === 1}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                {t('form.removeOutcome', { n: i + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button
          variant="secondary"
          size="small"
          disabled={value.length >= OUTCOMES_MAX}
          onClick={() => {
            onChange([...value, newOutcome()]);
            focusOutcome(value.length);
          }}
        >
          {t('form.addOutcome')}
        </Button>
      </div>
    </fieldset>
  );
}
