export { gradeResponse } from './grade-response';
export { validateResponse, countWords, type ResponseCheck } from './response-check';
export { attemptScore, type ScoredItem } from './attempt-score';
export { finalGrade, type GradedAttempt } from './final-grade';
export { shuffleWithSeed, drawRandom } from './seeded-shuffle';
export { facility, discrimination } from './item-statistics';
