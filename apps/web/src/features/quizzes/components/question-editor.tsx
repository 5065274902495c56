import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type QuestionInput, type QuestionType, type QuestionView } from '@campus/contracts';
import { Alert, Button, Checkbox, RadioGroup, Select, TextArea, TextField } from '@campus/web-ui';
import { isApiError } from '../../../api';
import { ProblemAlert } from '../../../components/problem-alert';
import {
  emptyQuestionValues,
  nextId,
  questionRequest,
  questionValues,
  type QuestionFormValues,
} from '../lib/question-form';

export interface QuestionEditorProps {
  /** The question to edit; absent for a new one. */
  question?: QuestionView;
  saving: boolean;
  error: unknown;
  onSave: (body: QuestionInput) => void;
  onCancel: () => void;
}

/** Write or edit one question of the bank: its type's own fields, checked with the shared schema. */
export function QuestionEditor({ question, saving, error, onSave, onCancel }: QuestionEditorProps) {
  const { t } = useTranslation('quizzes');
  const { t: tc } = useTranslation('common');
  const [v, setValues] = useState<QuestionFormValues>(() =>
    question ? questionValues(question) : emptyQuestionValues(),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const set = (patch: Partial<QuestionFormValues>) => setValues((old) => ({ ...old, ...patch }));
  const err = (key: string) => errors[key];
  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus(),
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { body, errors: found } = questionRequest(v, tc, {
      oneCorrect: t('editor.oneCorrect'),
      someCorrect: t('editor.someCorrect'),
      uniqueIds: t('editor.uniqueIds'),
    });
    setErrors(found);
    if (!body) return focusFirstInvalid();
    onSave(body);
  };
  const serverErrors = isApiError(error) ? error.fieldErrorMap() : {};
  const shown = { ...serverErrors, ...errors };
  const errorOf = (key: string) => shown[key] ?? err(key);

  return (
    <form ref={formRef} className="ui-form" noValidate onSubmit={submit}>
      {question ? (
        <p style={{ margin: 0 }}>
          {t('editor.typeIs', { type: t(`types.${question.type}`) })}
          {question.attemptsUsingCurrentVersion > 0 && (
            <>
              {' '}
              {t('editor.newVersion', {
                count: question.attemptsUsingCurrentVersion,
                version: question.version + 1,
              })}
            </>
          )}
        </p>
      ) : (
        <Select
          label={t('editor.type')}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          value={v.type}
          onChange={(e) => {
            set({ type: e.target.value as QuestionType });
            setErrors({});
          }}
        />
      )}
      <TextArea
        label={t('editor.prompt')}
        hint={t('editor.promptHint')}
        required
        code
        rows={4}
        value={v.prompt}
        error={errorOf('prompt')}
        onChange={(e) => set({ prompt: e.target.value })}
      />
      <TypeFields v={v} set={set} errorOf={errorOf} />
      <TextField
        label={t('editor.tags')}
        hint={t('editor.tagsHint')}
        value={v.tags}
        error={errorOf('tags')}
        onChange={(e) => set({ tags: e.target.value })}
      />
      <TextArea
        label={t('editor.generalFeedback')}
        hint={t('editor.generalFeedbackHint')}
        rows={3}
        value={v.generalFeedback}
        error={errorOf('generalFeedback')}
        onChange={(e) => set({ generalFeedback: e.target.value })}
      />
      {Object.keys(errors).length > 0 && <Alert tone="error" title={tc('errors.VALIDATION_FAILED')} />}
      {error != null && <ProblemAlert error={error} />}
      <div className="ui-row">
        <Button type="submit" loading={saving}>
          {question ? t('editor.save') : t('editor.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {tc('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

interface FieldsProps {
  v: QuestionFormValues;
  set: (patch: Partial<QuestionFormValues>) => void;
  errorOf: (key: string) => string | undefined;
}

function TypeFields(props: FieldsProps) {
  switch (props.v.type) {
    case 'single_choice':
    case 'multiple_choice':
      return <ChoiceFields {...props} />;
    case 'true_false':
      return <TrueFalseFields {...props} />;
    case 'short_answer':
      return <ShortAnswerFields {...props} />;
    case 'numeric':
      return <NumericFields {...props} />;
    case 'matching':
      return <MatchingFields {...props} />;
    case 'ordering':
      return <OrderingFields {...props} />;
    case 'essay':
      return <EssayFields {...props} />;
  }
}

/** A titled group of rows with an "add" button; the group's own error (e.g. "mark one") under the title. */
function Rows({
  legend,
  error,
  onAdd,
  addLabel,
  children,
}: {
  legend: string;
  error?: string;
  onAdd?: () => void;
  addLabel?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="ui-field" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend className="ui-label">{legend}</legend>
      {error && (
        <p className="ui-error" role="alert" data-invalid="true" tabIndex={-1}>
          {error}
        </p>
      )}
      <ol className="ui-editor-rows">{children}</ol>
      {onAdd && (
        <div style={{ marginTop: '0.5rem' }}>
          <Button size="small" variant="secondary" onClick={onAdd}>
            {addLabel}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

function RemoveButton({
  label,
  onClick,
  disabled,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('quizzes');
  return (
    <Button size="small" variant="ghost" onClick={onClick} disabled={disabled}>
      {t('editor.remove')}
      <span className="ui-visually-hidden"> {label}</span>
    </Button>
  );
}

function ChoiceFields({ v, set, errorOf }: FieldsProps) {
  const { t } = useTranslation('quizzes');
  const single = v.type === 'single_choice';
  const update = (i: number, patch: Partial<QuestionFormValues['options'][number]>) =>
    set({
      options: v.options.map((o, k) =>
        k === i ? { ...o, ...patch } : single && patch.correct ? { ...o, correct: false } : o,
      ),
    });
  return (
    <Rows
      legend={t('editor.options')}
      error={errorOf('content.options')}
      addLabel={t('editor.addOption')}
      onAdd={
        v.options.length < 20
          ? () =>
              set({
                options: [
                  ...v.options,
                  { id: nextId('o', v.options), text: '', correct: false, feedback: '' },
                ],
              })
          : undefined
      }
    >
      {v.options.map((o, i) => {
        const n = i + 1;
        return (
          <li key={o.id}>
            <TextField
              label={t('editor.optionN', { number: n })}
              value={o.text}
              error={errorOf(`content.options.${i}.text`)}
              onChange={(e) => update(i, { text: e.target.value })}
            />
            <TextField
              label={t('editor.optionFeedback', { number: n })}
              value={o.feedback}
              onChange={(e) => update(i, { feedback: e.target.value })}
            />
            {single ? (
              <div className="ui-check">
                <input
                  type="radio"
                  id={`correct-${o.id}`}
                  name="correct-option"
                  checked={o.correct}
                  onChange={() => update(i, { correct: true })}
                />
                <label htmlFor={`correct-${o.id}`}>{t('editor.correctN', { number: n })}</label>
              </div>
            ) : (
              <Checkbox
                label={t('editor.correctN', { number: n })}
                checked={o.correct}
                onChange={(e) => update(i, { correct: e.target.checked })}
              />
            )}
            <RemoveButton
              label={t('editor.optionN', { number: n })}
              disabled={v.options.length <= 2}
              onClick={() => set({ options: v.options.filter((_, k) => k !== i) })}
            />
          </li>
        );
      })}
    </Rows>
  );
}

function TrueFalseFields({ v, set }: FieldsProps) {
  const { t } = useTranslation('quizzes');
  return (
    <>
      <RadioGroup
        legend={t('editor.correctAnswer')}
        inline
        options={[
          { value: 'true', label: t('input.true') },
          { value: 'false', label: t('input.false') },
        ]}
        value={v.correctTrue ? 'true' : 'false'}
        onChange={(value) => set({ correctTrue: value === 'true' })}
      />
      <TextField
        label={t('editor.feedbackTrue')}
        value={v.feedbackTrue}
        onChange={(e) => set({ feedbackTrue: e.target.value })}
      />
      <TextField
        label={t('editor.feedbackFalse')}
        value={v.feedbackFalse}
        onChange={(e) => set({ feedbackFalse: e.target.value })}
      />
    </>
  );
}

function ShortAnswerFields({ v, set, errorOf }: FieldsProps) {
  const { t } = useTranslation('quizzes');
  return (
    <>
      <Rows
        legend={t('editor.accepted')}
        error={errorOf('content.accepted')}
        addLabel={t('editor.addAccepted')}
        onAdd={v.accepted.length < 50 ? () => set({ accepted: [...v.accepted, ''] }) : undefined}
      >
        {v.accepted.map((a, i) => (
          <li key={i}>
            <TextField
              label={t('editor.acceptedN', { number: i + 1 })}
              value={a}
              error={errorOf(`content.accepted.${i}`)}
              onChange={(e) => set({ accepted: v.accepted.map((x, k) => (k === i ? e.target.value : x)) })}
            />
            <RemoveButton
              label={t('editor.acceptedN', { number: i + 1 })}
              disabled={v.accepted.length <= 1}
              onClick={() => set({ accepted: v.accepted.filter((_, k) => k !== i) })}
            />
          </li>
        ))}
      </Rows>
      <Checkbox
        label={t('editor.caseSensitive')}
        checked={v.caseSensitive}
        onChange={(e) => set({ caseSensitive: e.target.checked })}
      />
      <RadioGroup
        legend={t('editor.whitespace')}
        options={[
          { value: 'collapse', label: t('editor.whitespaceCollapse') },
          { value: 'exact', label: t('editor.whitespaceExact') },
        ]}
        value={v.whitespace}
        onChange={(value) => set({ whitespace: value === 'exact' ? 'exact' : 'collapse' })}
      />
    </>
  );
}

function NumericFields({ v, set, errorOf }: FieldsProps) {
  const { t } = useTranslation('quizzes');
  return (
    <>
      <Rows
        legend={t('editor.numericAnswers')}
        error={errorOf('content.answers')}
        addLabel={t('editor.addNumeric')}
        onAdd={
          v.answers.length < 20
            ? () => set({ answers: [...v.answers, { value: '', tolerance: '0' }] })
            : undefined
        }
      >
        {v.answers.map((a, i) => (
          <li key={i}>
            <TextField
              label={t('editor.valueN', { number: i + 1 })}
              inputMode="decimal"
              value={a.value}
              error={errorOf(`content.answers.${i}.value`)}
              onChange={(e) =>
                set({ answers: v.answers.map((x, k) => (k === i ? { ...x, value: e.target.value } : x)) })
              }
            />
            <TextField
              label={t('editor.toleranceN', { number: i + 1 })}
              inputMode="decimal"
              value={a.tolerance}
              error={errorOf(`content.answers.${i}.tolerance`)}
              onChange={(e) =>
                set({ answers: v.answers.map((x, k) => (k === i ? { ...x, tolerance: e.target.value } : x)) })
              }
            />
            <RemoveButton
              label={t('editor.valueN', { number: i + 1 })}
              disabled={v.answers.length <= 1}
              onClick={() => set({ answers: v.answers.filter((_, k) => k !== i) })}
            />
          </li>
        ))}
      </Rows>
      <Rows
        legend={t('editor.units')}
        addLabel={t('editor.addUnit')}
        onAdd={
          v.units.length < 20 ? () => set({ units: [...v.units, { unit: '', factor: '1' }] }) : undefined
        }
      >
        {v.units.length === 0 && <li className="ui-muted">{t('editor.noUnits')}</li>}
        {v.units.map((u, i) => (
          <li key={i}>
            <TextField
              label={t('editor.unitN', { number: i + 1 })}
              value={u.unit}
              error={errorOf(`content.units.${i}.unit`)}
              onChange={(e) =>
                set({ units: v.units.map((x, k) => (k === i ? { ...x, unit: e.target.value } : x)) })
              }
            />
            <TextField
              label={t('editor.factorN', { number: i + 1 })}
              hint={t('editor.factorHint')}
              inputMode="decimal"
              value={u.factor}
              error={errorOf(`content.units.${i}.factor`)}
              onChange={(e) =>
                set({ units: v.units.map((x, k) => (k === i ? { ...x, factor: e.target.value } : x)) })
              }
            />
            <RemoveButton
              label={t('editor.unitN', { number: i + 1 })}
              onClick={() => set({ units: v.units.filter((_, k) => k !== i) })}
            />
          </li>
        ))}
      </Rows>
      <Checkbox
        label={t('editor.unitRequired')}
        checked={v.unitRequired}
        onChange={(e) => set({ unitRequired: e.target.checked })}
      />
    </>
  );
}

function MatchingFields({ v, set, errorOf }: FieldsProps) {
  const { t } = useTranslation('quizzes');
  return (
    <>
      <Rows
        legend={t('editor.pairs')}
        error={errorOf('content.pairs')}
        addLabel={t('editor.addPair')}
        onAdd={
          v.pairs.length < 20
            ? () => set({ pairs: [...v.pairs, { id: nextId('p', v.pairs), prompt: '', match: '' }] })
            : undefined
        }
      >
        {v.pairs.map((p, i) => (
          <li key={p.id}>
            <TextField
              label={t('editor.pairPrompt', { number: i + 1 })}
              value={p.prompt}
              error={errorOf(`content.pairs.${i}.prompt`)}
              onChange={(e) =>
                set({ pairs: v.pairs.map((x, k) => (k === i ? { ...x, prompt: e.target.value } : x)) })
              }
            />
            <TextField
              label={t('editor.pairMatch', { number: i + 1 })}
              value={p.match}
              error={errorOf(`content.pairs.${i}.match`)}
              onChange={(e) =>
                set({ pairs: v.pairs.map((x, k) => (k === i ? { ...x, match: e.target.value } : x)) })
              }
            />
            <RemoveButton
              label={t('editor.pairPrompt', { number: i + 1 })}
              disabled={v.pairs.length <= 2}
              onClick={() => set({ pairs: v.pairs.filter((_, k) => k !== i) })}
            />
          </li>
        ))}
      </Rows>
      <Rows
        legend={t('editor.distractors')}
        addLabel={t('editor.addDistractor')}
        onAdd={v.distractors.length < 20 ? () => set({ distractors: [...v.distractors, ''] }) : undefined}
      >
        {v.distractors.length === 0 && <li className="ui-muted">{t('editor.noDistractors')}</li>}
        {v.distractors.map((d, i) => (
          <li key={i}>
            <TextField
              label={t('editor.distractorN', { number: i + 1 })}
              value={d}
              error={errorOf(`content.distractors.${i}`)}
              onChange={(e) =>
                set({ distractors: v.distractors.map((x, k) => (k === i ? e.target.value : x)) })
              }
            />
            <RemoveButton
              label={t('editor.distractorN', { number: i + 1 })}
              onClick={() => set({ distractors: v.distractors.filter((_, k) => k !== i) })}
            />
          </li>
        ))}
      </Rows>
    </>
  );
}

function OrderingFields({ v, set, errorOf }: FieldsProps) {
  const { t } = useTranslation('quizzes');
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= v.items.length) return;
    const items = [...v.items];
    [items[i], items[j]] = [items[j], items[i]];
    set({ items });
  };
  return (
    <Rows
      legend={t('editor.items')}
      error={errorOf('content.items')}
      addLabel={t('editor.addItem')}
      onAdd={
        v.items.length < 20
          ? () => set({ items: [...v.items, { id: nextId('i', v.items), text: '' }] })
          : undefined
      }
    >
      {v.items.map((item, i) => (
        <li key={item.id}>
          <TextField
            label={t('editor.itemN', { number: i + 1 })}
            value={item.text}
            error={errorOf(`content.items.${i}.text`)}
            onChange={(e) =>
              set({ items: v.items.map((x, k) => (k === i ? { ...x, text: e.target.value } : x)) })
            }
          />
          <Button size="small" variant="secondary" disabled={i === 0} onClick={() => move(i, -1)}>
            {t('editor.up')}
            <span className="ui-visually-hidden"> {t('editor.itemN', { number: i + 1 })}</span>
          </Button>
          <Button
            size="small"
            variant="secondary"
            disabled={i === v.items.length - 1}
            onClick={() => move(i, 1)}
          >
            {t('editor.down')}
            <span className="ui-visually-hidden"> {t('editor.itemN', { number: i + 1 })}</span>
          </Button>
          <RemoveButton
            label={t('editor.itemN', { number: i + 1 })}
            disabled={v.items.length <= 2}
            onClick={() => set({ items: v.items.filter((_, k) => k !== i) })}
          />
        </li>
      ))}
    </Rows>
  );
}

function EssayFields({ v, set, errorOf }: FieldsProps) {
  const { t } = useTranslation('quizzes');
  return (
    <>
      <TextArea
        label={t('editor.graderGuidance')}
        hint={t('editor.graderGuidanceHint')}
        rows={4}
        value={v.graderGuidance}
        error={errorOf('content.graderGuidance')}
        onChange={(e) => set({ graderGuidance: e.target.value })}
      />
      <TextField
        label={t('editor.maxWords')}
        hint={t('editor.maxWordsHint')}
        inputMode="numeric"
        value={v.maxWords}
        error={errorOf('content.maxWords')}
        onChange={(e) => set({ maxWords: e.target.value })}
      />
    </>
  );
}
