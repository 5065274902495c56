import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@campus/web-ui';
import { moveItem } from '../lib/reorder';

export interface OutcomesEditorProps {
  value: readonly string[];
  onChange: (next: string[]) => void;
  /** Errors by index (`learningOutcomes.2` → 2) and for the list as a whole. */
  errors: Record<string, string>;
  max?: number;
}

/** The ordered learning outcomes: add, remove, move up and down; moves are announced. */
export function OutcomesEditor({ value, onChange, errors, max = 30 }: OutcomesEditorProps) {
  const { t } = useTranslation('authoring');
  // Stable keys, so that a moved field keeps its focus and its text.
  const keys = useRef<number[]>([]);
  const nextKey = useRef(0);
  while (keys.current.length < value.length) keys.current.push(nextKey.current++);
  keys.current.length = value.length;
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);

  const focusField = (index: number, selector = 'input') =>
    requestAnimationFrame(() =>
      listRef.current?.querySelectorAll('li')[index]?.querySelector<HTMLElement>(selector)?.focus(),
    );

  const move = (from: number, to: number, direction: 'up' | 'down') => {
    if (to < 0 || to >= value.length) return;
    keys.current = moveItem(keys.current, from, to);
    onChange(moveItem(value, from, to));
    setAnnouncement(
      t('reorder.moved', {
        item: value[from] || t('form.outcomeN', { n: from + 1 }),
        position: to + 1,
        total: value.length,
      }),
    );
    const edge = (direction === 'up' && to === 0) || (direction === 'down' && to === value.length - 1);
    focusField(to, `[data-move="${edge ? (direction === 'up' ? 'down' : 'up') : direction}"]`);
  };

  return (
    <fieldset className="ui-radio-group ui-stack" style={{ gap: '0.5rem' }}>
      <legend className="ui-label">{t('form.outcomes')}</legend>
      <p className="ui-hint" style={{ margin: 0 }}>
        {t('form.outcomesHint')}
      </p>
      {value.length > 0 && (
        <ol ref={listRef} className="ui-sortable">
          {value.map((outcome, i) => (
            <li key={keys.current[i]} className="ui-sortable__item">
              <div className="ui-sortable__row" style={{ alignItems: 'flex-end' }}>
                <TextField
                  className="ui-sortable__main"
                  label={t('form.outcomeN', { n: i + 1 })}
                  value={outcome}
                  maxLength={500}
                  error={errors[`learningOutcomes.${i}`]}
                  onChange={(e) => onChange(value.map((o, j) => (j === i ? e.target.value : o)))}
                />
                <Button
                  size="small"
                  variant="ghost"
                  data-move="up"
                  disabled={i === 0}
                  aria-label={t('reorder.moveUp', { item: t('form.outcomeN', { n: i + 1 }) })}
                  onClick={() => move(i, i - 1, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  data-move="down"
                  disabled={i === value.length - 1}
                  aria-label={t('reorder.moveDown', { item: t('form.outcomeN', { n: i + 1 }) })}
                  onClick={() => move(i, i + 1, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  onClick={() => {
                    keys.current.splice(i, 1);
                    onChange(value.filter((_, j) => j !== i));
                    setAnnouncement(t('form.outcomeRemoved', { n: i + 1 }));
                  }}
                >
                  {t('form.removeOutcome')}
                  <span className="ui-visually-hidden"> {i + 1}</span>
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {errors.learningOutcomes && <span className="ui-error">{errors.learningOutcomes}</span>}
      <div>
        <Button
          variant="secondary"
          size="small"
          disabled={value.length >= max}
          onClick={() => {
            onChange([...value, '']);
            focusField(value.length);
          }}
        >
          {t('form.addOutcome')}
        </Button>
      </div>
      <p className="ui-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
