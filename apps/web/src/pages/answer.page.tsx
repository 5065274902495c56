import { RespondentQuestionnaire } from '../features/assessment-rounds';

/** The anonymous respondent's questionnaire, opened from a round link `/answer#token=…` (no account). */
export function AnswerPage() {
  return <RespondentQuestionnaire />;
}
