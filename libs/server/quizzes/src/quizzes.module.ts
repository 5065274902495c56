import { Module } from '@nestjs/common';
import { CoursesModule } from '@campus/server-courses';
import { NotificationsModule } from '@campus/server-notifications';
import { AttemptGradingService } from './attempt-grading.service';
import { AttemptsService } from './attempts.service';
import { GradingReconcilerService } from './grading-reconciler.service';
import { QuestionBankService } from './question-bank.service';
import { QuestionVersionCache } from './question-version-cache';
import { QuizAuthoringService } from './quiz-authoring.service';
import { ManualGradingService } from './manual-grading.service';
import { QuizReportsService } from './quiz-reports.service';
import { QuizResultsService } from './quiz-results.service';
import { RegradeService } from './regrade.service';

const SERVICES = [
  QuestionVersionCache,
  QuestionBankService,
  QuizAuthoringService,
  AttemptsService,
  AttemptGradingService,
  GradingReconcilerService,
  ManualGradingService,
  QuizResultsService,
  RegradeService,
  QuizReportsService,
];

/** Question banks, quizzes, attempts and their grading. Needs SERVER_CONFIG and the database. */
@Module({
  imports: [CoursesModule, NotificationsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class QuizzesModule {}
