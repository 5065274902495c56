import type { AttemptStatus, GradingMethod, Question } from '@campus/contracts';
import { attemptScore, finalGrade, gradeResponse } from '@campus/server-grading';
import type { QuestionVersionRow } from './question-version-cache';

/** The pure part of grading a batch of attempts: what to write, computed from what was read. */

export interface ItemToGrade {
  attemptId: string;
  position: number;
  points: number;
  response: unknown;
  questionVersionId: string;
}

export interface GradedItem {
  attemptId: string;
  position: number;
  points: number;
  fraction: number | null;
  needsReview: boolean;
  feedback: string[];
}

/** Each item graded by its question version's rules (an essay waits for a trainer: no fraction). */
export function gradeItems(
  items: readonly ItemToGrade[],
  versions: ReadonlyMap<string, QuestionVersionRow>,
): GradedItem[] {
  return items.map((item) => {
    const v = versions.get(item.questionVersionId);
    if (!v) throw new Error(`Question version ${item.questionVersionId} not found`);
    const question = {
      type: v.type,
      prompt: v.prompt,
      content: v.content,
      tags: v.tags,
      generalFeedback: v.generalFeedback ?? undefined,
    } as Question;
    const grade = gradeResponse(question, item.response ?? null);
    return {
      attemptId: item.attemptId,
      position: item.position,
      points: item.points,
      fraction: grade.fraction,
      needsReview: grade.needsReview,
      feedback: grade.feedback,
    };
  });
}

export interface AttemptResult {
  status: Extract<AttemptStatus, 'graded' | 'needs_review'>;
  scorePercent: number | null;
  passed: boolean | null;
}

/** `needs_review` while an essay waits for a trainer, else `graded` with score and pass. */
export function attemptResult(
  items: readonly { points: number; fraction: number | null }[],
  passPercent: number,
): AttemptResult {
  const { percent, pending } = attemptScore(items);
  if (pending) return { status: 'needs_review', scorePercent: null, passed: null };
  return { status: 'graded', scorePercent: percent, passed: (percent ?? 0) >= passPercent };
}

/** Whether the quiz lesson counts as done: the learner's final grade (by the quiz's method) passes. */
export function quizLessonDone(
  gradingMethod: GradingMethod,
  passPercent: number,
  graded: readonly { number: number; scorePercent: number }[],
): boolean {
  const final = finalGrade(gradingMethod, graded);
  return final !== null && final >= passPercent;
}
