import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptItemView, QuestionResponse } from '@campus/contracts';
import { Button, Select, TextArea, TextField } from '@campus/web-ui';
import { countWords } from '../lib/responses';

export interface ResponseInputProps {
  item: AttemptItemView;
  response: unknown;
  /** A new response in the shape RESPONSE_SCHEMAS gives for the item's type. */
  onChange: (response: unknown) => void;
  /** Id of the element holding the question's prompt: it labels the answer controls. */
  promptId: string;
  disabled?: boolean;
}

const obj = (r: unknown): Record<string, unknown> =>
  r !== null && typeof r === 'object' ? (r as Record<string, unknown>) : {};

/** The answer controls of one question, by type; every one is a native, keyboard-operable control. */
export function ResponseInput(props: ResponseInputProps) {
  switch (props.item.type) {
    case 'single_choice':
      return <SingleChoice {...props} />;
    case 'multiple_choice':
      return <MultipleChoice {...props} />;
    case 'true_false':
      return <TrueFalse {...props} />;
    case 'short_answer':
      return <ShortAnswer {...props} />;
    case 'numeric':
      return <Numeric {...props} />;
    case 'matching':
      return <Matching {...props} />;
    case 'ordering':
      return <Ordering {...props} />;
    case 'essay':
      return <Essay {...props} />;
  }
}

function Options({
  promptId,
  disabled,
  legend,
  children,
}: {
  promptId: string;
  disabled?: boolean;
  legend: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="ui-answer-options" aria-describedby={promptId} disabled={disabled}>
      <legend className="ui-visually-hidden">{legend}</legend>
      {children}
    </fieldset>
  );
}

function SingleChoice({ item, response, onChange, promptId, disabled }: ResponseInputProps) {
  const { t } = useTranslation('quizzes');
  const id = useId();
  const chosen = obj(response).optionId;
  return (
    <Options promptId={promptId} disabled={disabled} legend={t('input.chooseOne')}>
      {(item.options ?? []).map((o) => (
        <div key={o.id} className="ui-check">
          <input
            type="radio"
            id={`${id}-${o.id}`}
            name={id}
            checked={chosen === o.id}
            onChange={() => onChange({ optionId: o.id } satisfies QuestionResponse<'single_choice'>)}
          />
          <label htmlFor={`${id}-${o.id}`}>{o.text}</label>
        </div>
      ))}
    </Options>
  );
}

function MultipleChoice({ item, response, onChange, promptId, disabled }: ResponseInputProps) {
  const { t } = useTranslation('quizzes');
  const id = useId();
  const raw = obj(response).optionIds;
  const chosen = new Set(Array.isArray(raw) ? (raw as string[]) : []);
  const options = item.options ?? [];
  const toggle = (optionId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(optionId);
    else next.delete(optionId);
    // In the options' order, so the saved response does not depend on the order of clicks.
    const optionIds = options.map((o) => o.id).filter((o) => next.has(o));
    onChange({ optionIds } satisfies QuestionResponse<'multiple_choice'>);
  };
  return (
    <Options promptId={promptId} disabled={disabled} legend={t('input.chooseAll')}>
      <p className="ui-hint" style={{ margin: 0 }}>
        {t('input.chooseAll')}
      </p>
      {options.map((o) => (
        <div key={o.id} className="ui-check">
          <input
            type="checkbox"
            id={`${id}-${o.id}`}
            checked={chosen.has(o.id)}
            onChange={(e) => toggle(o.id, e.target.checked)}
          />
          <label htmlFor={`${id}-${o.id}`}>{o.text}</label>
        </div>
      ))}
    </Options>
  );
}

function TrueFalse({ response, onChange, promptId, disabled }: ResponseInputProps) {
  const { t } = useTranslation('quizzes');
  const id = useId();
  const value = obj(response).value;
  return (
    <Options promptId={promptId} disabled={disabled} legend={t('input.chooseOne')}>
      {([true, false] as const).map((v) => (
        <div key={String(v)} className="ui-check">
          <input
            type="radio"
            id={`${id}-${String(v)}`}
            name={id}
            checked={value === v}
            onChange={() => onChange({ value: v } satisfies QuestionResponse<'true_false'>)}
          />
          <label htmlFor={`${id}-${String(v)}`}>{v ? t('input.true') : t('input.false')}</label>
        </div>
      ))}
    </Options>
  );
}

const textOf = (response: unknown) => {
  const text = obj(response).text;
  return typeof text === 'string' ? text : '';
};

function ShortAnswer({ response, onChange, promptId, disabled }: ResponseInputProps) {
  const { t } = useTranslation('quizzes');
  return (
    <TextField
      label={t('input.yourAnswer')}
      aria-describedby={promptId}
      value={textOf(response)}
      maxLength={500}
      disabled={disabled}
      autoComplete="off"
      onChange={(e) => onChange({ text: e.target.value } satisfies QuestionResponse<'short_answer'>)}
    />
  );
}

function Numeric({ item, response, onChange, promptId, disabled }: ResponseInputProps) {
  const { t } = useTranslation('quizzes');
  const units = item.units ?? [];
  return (
    <TextField
      label={t('input.yourNumber')}
      aria-describedby={promptId}
      hint={
        units.length
          ? t('input.numericHintUnits', { units: units.join(', '), example: `12.5 ${units[0]}` })
          : t('input.numericHint')
      }
      inputMode={units.length ? 'text' : 'decimal'}
      value={textOf(response)}
      maxLength={100}
      disabled={disabled}
      autoComplete="off"
      onChange={(e) => onChange({ text: e.target.value } satisfies QuestionResponse<'numeric'>)}
    />
  );
}

function Matching({ item, response, onChange, promptId, disabled }: ResponseInputProps) {
  const { t } = useTranslation('quizzes');
  const raw = obj(response).matches;
  const matches: Record<string, string> =
    raw !== null && typeof raw === 'object' ? (raw as Record<string, string>) : {};
  const choices = (item.choices ?? []).map((c) => ({ value: c, label: c }));
  return (
    <Options promptId={promptId} disabled={disabled} legend={t('input.matchEach')}>
      <p className="ui-hint" style={{ margin: 0 }}>
        {t('input.matchEach')}
      </p>
      {(item.prompts ?? []).map((p) => (
        <Select
          key={p.id}
          label={p.text}
          placeholder={t('input.chooseMatch')}
          options={choices}
          value={matches[p.id] ?? ''}
          onChange={(e) => {
            const next = { ...matches, [p.id]: e.target.value };
            if (!e.target.value) delete next[p.id];
            onChange({ matches: next } satisfies QuestionResponse<'matching'>);
          }}
        />
      ))}
    </Options>
  );
}

function Ordering({ item, response, onChange, promptId, disabled }: ResponseInputProps) {
  const { t } = useTranslation('quizzes');
  const items = item.items ?? [];
  const byId = new Map(items.map((i) => [i.id, i]));
  const saved = obj(response).order;
  const order =
    Array.isArray(saved) && saved.length === items.length && saved.every((id) => byId.has(id as string))
      ? (saved as string[])
      : items.map((i) => i.id);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target], next[index]];
    onChange({ order: next } satisfies QuestionResponse<'ordering'>);
    const moved = byId.get(order[index]);
    setAnnouncement(t('input.moved', { item: moved?.text ?? '', position: target + 1, count: order.length }));
    // Keep the focus on the moved item: on the same button, or the other one at the list's edge.
    const edge = (by === -1 && target === 0) || (by === 1 && target === order.length - 1);
    const key = `${order[index]}:${edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`;
    requestAnimationFrame(() => buttons.current.get(key)?.focus());
  };

  return (
    <Options promptId={promptId} disabled={disabled} legend={t('input.orderLegend')}>
      <p className="ui-hint" style={{ margin: 0 }}>
        {t('input.orderHint')}
      </p>
      <ol className="ui-order-list">
        {order.map((id, index) => {
          const text = byId.get(id)?.text ?? id;
          return (
            <li key={id}>
              <span className="ui-order-list__text">{text}</span>
              <Button
                ref={(el) => void buttons.current.set(`${id}:up`, el)}
                size="small"
                variant="secondary"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={t('input.moveUp', { item: text })}
              >
                ↑
              </Button>
              <Button
                ref={(el) => void buttons.current.set(`${id}:down`, el)}
                size="small"
                variant="secondary"
                disabled={index === order.length - 1}
                onClick={() => move(index, 1)}
                aria-label={t('input.moveDown', { item: text })}
              >
                ↓
              </Button>
            </li>
          );
        })}
      </ol>
      {!Array.isArray(saved) && (
        <div>
          <Button
            size="small"
            variant="secondary"
            onClick={() => onChange({ order } satisfies QuestionResponse<'ordering'>)}
          >
            {t('input.keepOrder')}
          </Button>
        </div>
      )}
      <p className="ui-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </Options>
  );
}

function Essay({ item, response, onChange, promptId, disabled }: ResponseInputProps) {
  const { t } = useTranslation('quizzes');
  const text = textOf(response);
  const words = countWords(text);
  const max = item.maxWords ?? null;
  const over = max !== null && words > max;
  return (
    <TextArea
      label={t('input.yourEssay')}
      aria-describedby={promptId}
      rows={10}
      value={text}
      disabled={disabled}
      hint={max !== null ? t('input.wordsOfMax', { count: words, max }) : t('input.words', { count: words })}
      error={over ? t('input.tooManyWords', { max }) : undefined}
      onChange={(e) => onChange({ text: e.target.value } satisfies QuestionResponse<'essay'>)}
    />
  );
}
