import type { Quiz } from '@campus/server-db';
import type { ReviewMoment } from '@campus/contracts';

/** Whether a review moment has come: right after submitting, after the quiz closes, or never. */
export function reviewAllowed(moment: ReviewMoment, quiz: Pick<Quiz, 'closesAt'>, now: Date): boolean {
  switch (moment) {
    case 'after_submit':
      return true;
    case 'after_close':
      return quiz.closesAt !== null && now >= quiz.closesAt;
    case 'never':
      return false;
  }
}
