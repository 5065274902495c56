import type { QuestionnaireView, SubmitResponseRequest } from '@campus/contracts';
import { DOES_NOT_APPLY } from '@campus/contracts';

/** A respondent's answers so far: statement or own-question key → 0..5 (0 = does not apply). */
export interface Answers {
  statements: Record<string, number>;
  custom: Record<string, number>;
}

export const NO_ANSWERS: Answers = { statements: {}, custom: {} };

/** The choices of every statement: 1 to 5, then "does not apply". */
export const SCORE_CHOICES = [1, 2, 3, 4, 5, DOES_NOT_APPLY] as const;

export interface Progress {
  answered: number;
  total: number;
}

export function areaProgress(area: QuestionnaireView['areas'][number], answers: Answers): Progress {
  return {
    answered: area.statements.filter((s) => s.key in answers.statements).length,
    total: area.statements.length,
  };
}

export function customProgress(q: QuestionnaireView, answers: Answers): Progress {
  return {
    answered: q.customQuestions.filter((c) => c.key in answers.custom).length,
    total: q.customQuestions.length,
  };
}

/** Everything asked and answered so far, over the areas and the school's own questions. */
export function overallProgress(q: QuestionnaireView, answers: Answers): Progress {
  return [...q.areas.map((a) => areaProgress(a, answers)), customProgress(q, answers)].reduce(
    (sum, p) => ({ answered: sum.answered + p.answered, total: sum.total + p.total }),
    { answered: 0, total: 0 },
  );
}

/**
 * The first question without an answer: its section (an area's index, or `custom` for the school's
 * own questions) and key, so the form can take the respondent there. Null when all are answered.
 */
export function firstUnanswered(
  q: QuestionnaireView,
  answers: Answers,
): { section: number | 'custom'; key: string } | null {
  for (const [i, area] of q.areas.entries()) {
    const s = area.statements.find((x) => !(x.key in answers.statements));
    if (s) return { section: i, key: s.key };
  }
  const c = q.customQuestions.find((x) => !(x.key in answers.custom));
  return c ? { section: 'custom', key: c.key } : null;
}

/**
 * The request for a complete set of answers, holding only the keys the questionnaire asks (an
 * answer kept from another questionnaire in this tab is left out). Null while any is missing.
 */
export function toSubmitRequest(q: QuestionnaireView, answers: Answers): SubmitResponseRequest | null {
  if (firstUnanswered(q, answers)) return null;
  const pick = (keys: string[], from: Record<string, number>) =>
    Object.fromEntries(keys.map((k) => [k, from[k]]));
  return {
    answers: pick(
      q.areas.flatMap((a) => a.statements.map((s) => s.key)),
      answers.statements,
    ),
    customAnswers: pick(
      q.customQuestions.map((c) => c.key),
      answers.custom,
    ),
  };
}

/** The sections the form shows one at a time: each area, then the school's questions if any. */
export function sectionCount(q: QuestionnaireView): number {
  return q.areas.length + (q.customQuestions.length > 0 ? 1 : 0);
}
