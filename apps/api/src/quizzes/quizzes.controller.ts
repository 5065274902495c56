import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import type { z } from 'zod';
import {
  CreateQuizLessonRequest,
  QuizSettings,
  SaveResponseRequest,
  type AttemptSummary,
  type AttemptView,
  type AuthoringQuizView,
  type CourseView,
  type LearnerQuizView,
  type SaveResponseResult,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { AttemptsService, QuizAuthoringService } from '@campus/server-quizzes';
import { CurrentActor } from '../http/auth.decorators';
import { PositionPipe, UuidPipe } from '../http/uuid.pipe';

class CreateQuizLessonDto extends createZodDto(CreateQuizLessonRequest) {}
class SaveResponseDto extends createZodDto(SaveResponseRequest) {}

/** Quiz lessons for authors; quizzes and attempts for enrolled learners. */
@ApiTags('quizzes')
@ApiBearerAuth()
@Controller()
export class QuizzesController {
  constructor(
    private readonly authoring: QuizAuthoringService,
    private readonly attempts: AttemptsService,
  ) {}

  @Post('authoring/modules/:moduleId/quizzes')
  createQuizLesson(
    @CurrentActor() actor: Actor,
    @Param('moduleId', UuidPipe) moduleId: string,
    @Body() body: CreateQuizLessonDto,
  ): Promise<CourseView> {
    return this.authoring.createQuizLesson(actor, moduleId, body);
  }

  @Get('authoring/quizzes/:quizId')
  authoringQuiz(
    @CurrentActor() actor: Actor,
    @Param('quizId', UuidPipe) quizId: string,
  ): Promise<AuthoringQuizView> {
    return this.authoring.get(actor, quizId);
  }

  @Put('authoring/quizzes/:quizId')
  updateQuiz(
    @CurrentActor() actor: Actor,
    @Param('quizId', UuidPipe) quizId: string,
    @Body(new ZodValidationPipe(QuizSettings)) body: z.output<typeof QuizSettings>,
  ): Promise<AuthoringQuizView> {
    return this.authoring.update(actor, quizId, body);
  }

  @Get('quizzes/:quizId')
  quiz(@CurrentActor() actor: Actor, @Param('quizId', UuidPipe) quizId: string): Promise<LearnerQuizView> {
    return this.attempts.quiz(actor, quizId);
  }

  /** 201 with the new attempt; 409 ATTEMPT_IN_PROGRESS (with its id), NO_ATTEMPTS_LEFT, QUIZ_CLOSED. */
  @Post('quizzes/:quizId/attempts')
  start(@CurrentActor() actor: Actor, @Param('quizId', UuidPipe) quizId: string): Promise<AttemptView> {
    return this.attempts.start(actor, quizId);
  }

  @Get('attempts/:attemptId')
  attempt(
    @CurrentActor() actor: Actor,
    @Param('attemptId', UuidPipe) attemptId: string,
  ): Promise<AttemptView> {
    return this.attempts.view(actor, attemptId);
  }

  @Put('attempts/:attemptId/responses/:position')
  save(
    @CurrentActor() actor: Actor,
    @Param('attemptId', UuidPipe) attemptId: string,
    @Param('position', PositionPipe) position: number,
    @Body() body: SaveResponseDto,
  ): Promise<SaveResponseResult> {
    return this.attempts.save(actor, attemptId, position, body.response);
  }

  /** 202: accepted for grading (in the worker). Repeats answer the same. */
  @Post('attempts/:attemptId/submit')
  @HttpCode(202)
  submit(
    @CurrentActor() actor: Actor,
    @Param('attemptId', UuidPipe) attemptId: string,
  ): Promise<AttemptSummary> {
    return this.attempts.submit(actor, attemptId);
  }
}
