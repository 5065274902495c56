import type { GradingMethod } from '@campus/contracts';

/** A graded attempt as the final grade sees it, in the order attempts were made. */
export interface GradedAttempt {
  number: number;
  scorePercent: number;
}

/**
 * The grade that counts for a learner and quiz, from their graded attempts (attempts waiting for a
 * trainer do not count yet): highest, last, first, or the average rounded to 2 decimals.
 * Null when nothing is graded.
 */
export function finalGrade(method: GradingMethod, attempts: readonly GradedAttempt[]): number | null {
  if (attempts.length === 0) return null;
  const byNumber = [...attempts].sort((a, b) => a.number - b.number);
  switch (method) {
    case 'highest':
      return Math.max(...byNumber.map((a) => a.scorePercent));
    case 'last':
      return byNumber[byNumber.length - 1].scorePercent;
    case 'first':
      return byNumber[0].scorePercent;
    case 'average':
      return Math.round((byNumber.reduce((s, a) => s + a.scorePercent, 0) / byNumber.length) * 100) / 100;
  }
}
