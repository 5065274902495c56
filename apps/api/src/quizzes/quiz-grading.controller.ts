import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  CsvExportQuery,
  GradeItemRequest,
  RegradeRequest,
  type AttemptResultView,
  type Gradebook,
  type GradingQueueItem,
  type QuizAttemptRow,
  type QuizItemStatistics,
  type RegradeResult,
  type TrainerAttemptView,
} from '@campus/contracts';
import { csvFormat } from '@campus/server-csv';
import type { Actor } from '@campus/server-identity';
import {
  ManualGradingService,
  QuizReportsService,
  QuizResultsService,
  RegradeService,
} from '@campus/server-quizzes';
import { CurrentActor } from '../http/auth.decorators';
import { PositionPipe, UuidPipe } from '../http/uuid.pipe';
import { CsvDownload } from '../http/csv-download';

class GradeItemDto extends createZodDto(GradeItemRequest) {}
class RegradeDto extends createZodDto(RegradeRequest) {}
class CsvExportQueryDto extends createZodDto(CsvExportQuery) {}

/** Results for learners; grading, regrading and reports for the course's trainers. */
@ApiTags('quiz grading')
@ApiBearerAuth()
@Controller()
export class QuizGradingController {
  constructor(
    private readonly results: QuizResultsService,
    private readonly manual: ManualGradingService,
    private readonly regrades: RegradeService,
    private readonly reports: QuizReportsService,
  ) {}

  @Get('attempts/:attemptId/result')
  result(
    @CurrentActor() actor: Actor,
    @Param('attemptId', UuidPipe) attemptId: string,
  ): Promise<AttemptResultView> {
    return this.results.result(actor, attemptId);
  }

  @Get('authoring/courses/:courseId/grading-queue')
  queue(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
  ): Promise<GradingQueueItem[]> {
    return this.manual.queue(actor, courseId);
  }

  @Get('authoring/quizzes/:quizId/attempts')
  attempts(
    @CurrentActor() actor: Actor,
    @Param('quizId', UuidPipe) quizId: string,
  ): Promise<QuizAttemptRow[]> {
    return this.manual.attempts(actor, quizId);
  }

  @Get('authoring/attempts/:attemptId')
  attempt(
    @CurrentActor() actor: Actor,
    @Param('attemptId', UuidPipe) attemptId: string,
  ): Promise<TrainerAttemptView> {
    return this.manual.attempt(actor, attemptId);
  }

  @Post('authoring/attempts/:attemptId/items/:position/grade')
  grade(
    @CurrentActor() actor: Actor,
    @Param('attemptId', UuidPipe) attemptId: string,
    @Param('position', PositionPipe) position: number,
    @Body() body: GradeItemDto,
  ): Promise<TrainerAttemptView> {
    return this.manual.grade(actor, attemptId, position, { score: body.score, comment: body.comment ?? '' });
  }

  @Post('authoring/questions/:questionId/regrade')
  regrade(
    @CurrentActor() actor: Actor,
    @Param('questionId', UuidPipe) questionId: string,
    @Body() body: RegradeDto,
  ): Promise<RegradeResult> {
    return this.regrades.regrade(actor, questionId, body.fromVersion);
  }

  @Get('authoring/courses/:courseId/gradebook')
  gradebook(@CurrentActor() actor: Actor, @Param('courseId', UuidPipe) courseId: string): Promise<Gradebook> {
    return this.reports.gradebook(actor, courseId);
  }

  @Get('authoring/courses/:courseId/gradebook.csv')
  @CsvDownload('gradebook.csv')
  gradebookCsv(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Query() q: CsvExportQueryDto,
  ): Promise<string> {
    return this.reports.gradebookCsv(actor, courseId, csvFormat(actor.locale, q.separator));
  }

  @Get('authoring/quizzes/:quizId/statistics')
  statistics(
    @CurrentActor() actor: Actor,
    @Param('quizId', UuidPipe) quizId: string,
  ): Promise<QuizItemStatistics[]> {
    return this.reports.statistics(actor, quizId);
  }

  @Get('authoring/quizzes/:quizId/statistics.csv')
  @CsvDownload('quiz-statistics.csv')
  statisticsCsv(
    @CurrentActor() actor: Actor,
    @Param('quizId', UuidPipe) quizId: string,
    @Query() q: CsvExportQueryDto,
  ): Promise<string> {
    return this.reports.statisticsCsv(actor, quizId, csvFormat(actor.locale, q.separator));
  }
}
