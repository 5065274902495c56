export * from './quizzes.module';
export * from './question-bank.service';
export * from './quiz-authoring.service';
export * from './attempts.service';
export * from './attempt-grading.service';
export * from './grading-reconciler.service';
