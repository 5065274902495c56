import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import type { z } from 'zod';
import {
  CreateQuestionRequest,
  ImportQuestionsRequest,
  QuestionListQuery,
  type ImportQuestionsResult,
  type QuestionView,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { checkBankJsonText, type BankFile } from '@campus/server-question-formats';
import { QuestionBankService } from '@campus/server-quizzes';
import { CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class QuestionListQueryDto extends createZodDto(QuestionListQuery) {}
class ImportQuestionsDto extends createZodDto(ImportQuestionsRequest) {}
type QuestionBody = z.output<typeof CreateQuestionRequest>;

/** A course's question bank, for its trainers and managers. */
@ApiTags('question bank')
@ApiBearerAuth()
@Controller('authoring')
export class QuestionBankController {
  constructor(private readonly bank: QuestionBankService) {}

  @Get('courses/:courseId/questions')
  list(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Query() query: QuestionListQueryDto,
  ): Promise<QuestionView[]> {
    return this.bank.list(actor, courseId, query);
  }

  @Post('courses/:courseId/questions')
  create(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    // A union by `type`: validated with the schema itself (DTO classes cannot be unions).
    @Body(new ZodValidationPipe(CreateQuestionRequest)) body: QuestionBody,
  ): Promise<QuestionView> {
    return this.bank.create(actor, courseId, body);
  }

  @Get('courses/:courseId/questions/export')
  export(@CurrentActor() actor: Actor, @Param('courseId', UuidPipe) courseId: string): Promise<BankFile> {
    return this.bank.exportBank(actor, courseId);
  }

  /**
   * Imports a campus JSON bank or a Moodle GIFT file; what it could not read is listed, not fatal.
   * Files over the caps of `IMPORT_LIMITS` (questions, nesting) are refused whole: 413 or 400.
   */
  @Post('courses/:courseId/questions/import')
  @HttpCode(200)
  import(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Body() body: ImportQuestionsDto,
  ): Promise<ImportQuestionsResult> {
    // Before JSON.parse, which takes seconds on a 2 MB file of nested brackets.
    if (body.format === 'json') checkBankJsonText(body.text);
    return this.bank.import(actor, courseId, body);
  }

  @Get('questions/:questionId')
  get(
    @CurrentActor() actor: Actor,
    @Param('questionId', UuidPipe) questionId: string,
  ): Promise<QuestionView> {
    return this.bank.get(actor, questionId);
  }

  /** A full replacement; a version used by attempts is kept and a new one written. */
  @Put('questions/:questionId')
  update(
    @CurrentActor() actor: Actor,
    @Param('questionId', UuidPipe) questionId: string,
    @Body(new ZodValidationPipe(CreateQuestionRequest)) body: QuestionBody,
  ): Promise<QuestionView> {
    return this.bank.update(actor, questionId, body);
  }

  @Delete('questions/:questionId')
  @HttpCode(204)
  archive(@CurrentActor() actor: Actor, @Param('questionId', UuidPipe) questionId: string): Promise<void> {
    return this.bank.archive(actor, questionId);
  }
}
