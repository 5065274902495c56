import {
  Body,
  Controller,
  createParamDecorator,
  ExecutionContext,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import type { z } from 'zod';
import {
  ConfirmAgreementRequest,
  DomainError,
  MENTOR_TOKEN_HEADER,
  RequestAgreementChangesRequest,
  ReviewLogEntryRequest,
  SubmitMentorAssessmentRequest,
  type LearningAgreementView,
  type LogEntryView,
  type MentorAssessmentView,
  type MentorMobilityView,
} from '@campus/contracts';
import { MentorPagesService } from '@campus/server-mobility';
import { ClientIp, Public } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class ConfirmAgreementDto extends createZodDto(ConfirmAgreementRequest) {}
class RequestAgreementChangesDto extends createZodDto(RequestAgreementChangesRequest) {}
class SubmitMentorAssessmentDto extends createZodDto(SubmitMentorAssessmentRequest) {}

/**
 * The token of the mentor's link, from the `X-Mentor-Token` header (never the URL, so it stays out
 * of logs and proxies). Without one: 401, as for any request that brings no credentials.
 */
const MentorToken = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const value = ctx.switchToHttp().getRequest<FastifyRequest>().headers[MENTOR_TOKEN_HEADER];
  const token = Array.isArray(value) ? value[0] : value;
  if (!token) {
    throw new DomainError(
      'UNAUTHENTICATED',
      'Open the link from the mentor e-mail: it carries the access key.',
    );
  }
  return token;
});

/**
 * The host mentor's pages, without an account: the token names the one mobility they open, so no
 * route here names a mobility. Anonymous, so the general limit counts them per client address.
 */
@ApiTags('mentor')
@ApiHeader({ name: 'X-Mentor-Token', required: true, description: 'The token of the e-mailed mentor link.' })
@Public()
@Controller('mentor')
export class MentorController {
  constructor(private readonly mentor: MentorPagesService) {}

  @Get('mobility')
  mobility(@MentorToken() token: string): Promise<MentorMobilityView> {
    return this.mentor.view(token);
  }

  @Post('agreement/confirm')
  @HttpCode(200)
  confirmAgreement(
    @MentorToken() token: string,
    @Body() body: ConfirmAgreementDto,
  ): Promise<LearningAgreementView> {
    return this.mentor.confirmAgreement(token, body.version);
  }

  @Post('agreement/changes')
  @HttpCode(200)
  requestAgreementChanges(
    @MentorToken() token: string,
    @Body() body: RequestAgreementChangesDto,
  ): Promise<LearningAgreementView> {
    return this.mentor.requestAgreementChanges(token, body.version, body.comment);
  }

  @Put('logbook/:entryId/review')
  reviewEntry(
    @MentorToken() token: string,
    @Param('entryId', UuidPipe) entryId: string,
    @Body(new ZodValidationPipe(ReviewLogEntryRequest)) body: z.output<typeof ReviewLogEntryRequest>,
    @ClientIp() ip: string,
  ): Promise<LogEntryView> {
    return this.mentor.reviewEntry(token, entryId, body, ip);
  }

  /** Every planned outcome of the agreed version rated once; replaces an earlier one until validation. */
  @Put('assessment')
  submitAssessment(
    @MentorToken() token: string,
    @Body() body: SubmitMentorAssessmentDto,
    @ClientIp() ip: string,
  ): Promise<MentorAssessmentView> {
    return this.mentor.submitAssessment(token, body, ip);
  }
}
