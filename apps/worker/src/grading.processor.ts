import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '@campus/server-jobs';
import { AttemptGradingService } from '@campus/server-quizzes';

/** Thin: the grading queue's jobs → the grading service (idempotent, so retries are safe). */
@Injectable()
export class GradingProcessor implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly grading: AttemptGradingService,
  ) {}

  onModuleInit(): void {
    this.handlers.register('gradeAttempt', ({ attemptId }) => this.grading.grade(attemptId));
    this.handlers.register('closeAttempt', ({ attemptId }) => this.grading.close(attemptId));
  }
}
