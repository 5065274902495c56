import type { TFunction } from 'i18next';
import type { AttemptItemView, QuestionType } from '@campus/contracts';

type T = TFunction<'quizzes'>;
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** A learner's response as lines of text, e.g. for the result page; [] when there is none. */
export function describeResponse(
  item: Pick<AttemptItemView, 'type' | 'options' | 'prompts' | 'items'>,
  response: unknown,
  t: T,
): string[] {
  const r = obj(response);
  const optionText = (id: unknown) => item.options?.find((o) => o.id === id)?.text ?? str(id);
  switch (item.type) {
    case 'single_choice':
      return r.optionId ? [optionText(r.optionId)] : [];
    case 'multiple_choice':
      return arr(r.optionIds).map(optionText);
    case 'true_false':
      return typeof r.value === 'boolean' ? [r.value ? t('input.true') : t('input.false')] : [];
    case 'short_answer':
    case 'numeric':
    case 'essay':
      return str(r.text).trim() ? [str(r.text)] : [];
    case 'matching':
      return Object.entries(obj(r.matches)).map(
        ([id, text]) => `${item.prompts?.find((p) => p.id === id)?.text ?? id} → ${str(text)}`,
      );
    case 'ordering':
      return arr(r.order).map(
        (id, k) => `${k + 1}. ${item.items?.find((i) => i.id === id)?.text ?? str(id)}`,
      );
  }
}

/**
 * The answer key as lines of text. `answer` is the question's content (QuestionInput content of
 * its type); anything unexpected yields no lines rather than an error.
 */
export function describeAnswer(type: QuestionType, answer: unknown, t: T): string[] {
  const a = obj(answer);
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      return arr(a.options)
        .map(obj)
        .filter((o) => o.correct === true)
        .map((o) => str(o.text));
    case 'true_false':
      return typeof a.correct === 'boolean' ? [a.correct ? t('input.true') : t('input.false')] : [];
    case 'short_answer':
      return arr(a.accepted).map(str);
    case 'numeric': {
      const unit = str(obj(arr(a.units)[0]).unit);
      return arr(a.answers)
        .map(obj)
        .map((n) =>
          Number(n.tolerance)
            ? t('result.numericAnswer', { value: str(n.value), tolerance: str(n.tolerance), unit })
            : `${str(n.value)}${unit ? ` ${unit}` : ''}`,
        );
    }
    case 'matching':
      return arr(a.pairs)
        .map(obj)
        .map((p) => `${str(p.prompt)} → ${str(p.match)}`);
    case 'ordering':
      return arr(a.items)
        .map(obj)
        .map((i, k) => `${k + 1}. ${str(i.text)}`);
    case 'essay':
      return [];
  }
}
