import type { AttemptItemView, QuestionResponse, QuestionType } from '@campus/contracts';

export type AnyResponse = QuestionResponse<QuestionType>;

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}

/** Whether a response counts as an answer (an emptied text field or no choice does not). */
export function isAnswered(item: Pick<AttemptItemView, 'type'>, response: unknown): boolean {
  if (response == null || typeof response !== 'object') return false;
  const r = response as Record<string, unknown>;
  switch (item.type) {
    case 'single_choice':
      return typeof r.optionId === 'string' && r.optionId !== '';
    case 'multiple_choice':
      return Array.isArray(r.optionIds) && r.optionIds.length > 0;
    case 'true_false':
      return typeof r.value === 'boolean';
    case 'short_answer':
    case 'numeric':
    case 'essay':
      return typeof r.text === 'string' && r.text.trim() !== '';
    case 'matching':
      return (
        typeof r.matches === 'object' &&
        r.matches !== null &&
        Object.values(r.matches as Record<string, string>).some((v) => v !== '')
      );
    case 'ordering':
      return Array.isArray(r.order) && r.order.length > 0;
  }
}

/** Typing goes through a short pause before saving; a click saves at once. */
export function isTyped(type: QuestionType): boolean {
  return type === 'short_answer' || type === 'numeric' || type === 'essay';
}
