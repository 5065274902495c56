import { Body, Controller, createParamDecorator, ExecutionContext, Get, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  DomainError,
  QuestionnaireQuery,
  RESPONDENT_TOKEN_HEADER,
  SubmitResponseRequest,
  type QuestionnaireView,
} from '@campus/contracts';
import { RespondentService } from '@campus/server-self-assessment';
import { Public } from '../http/auth.decorators';

class QuestionnaireQueryDto extends createZodDto(QuestionnaireQuery) {}
class SubmitResponseDto extends createZodDto(SubmitResponseRequest) {}

/**
 * The token of a respondent's link, from the `X-Respondent-Token` header (never the URL, so it
 * stays out of logs and proxies). Without one: 401, as for any request that brings no credentials.
 */
const RespondentToken = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const value = ctx.switchToHttp().getRequest<FastifyRequest>().headers[RESPONDENT_TOKEN_HEADER];
  const token = Array.isArray(value) ? value[0] : value;
  if (!token) {
    throw new DomainError('UNAUTHENTICATED', 'Open the link you were given: it carries the access key.');
  }
  return token;
});

/**
 * The anonymous respondent's questionnaire: no account, the token names the round and group.
 * Anonymous, so the general limit counts these requests per client address.
 */
@ApiTags('self-assessment')
@ApiHeader({ name: 'X-Respondent-Token', required: true, description: 'The token of the round link.' })
@Public()
@Controller('respond')
export class RespondentController {
  constructor(private readonly respondent: RespondentService) {}

  @Get()
  questionnaire(
    @RespondentToken() token: string,
    @Query() query: QuestionnaireQueryDto,
  ): Promise<QuestionnaireView> {
    return this.respondent.questionnaire(token, query.locale);
  }

  /** One response per personal invitation; a shared link takes them up to its limit. */
  @Post()
  submit(@RespondentToken() token: string, @Body() body: SubmitResponseDto): Promise<{ received: true }> {
    return this.respondent.submit(token, body);
  }
}
