import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Locale, type RoundResultsView } from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { AssessmentResultsService } from '@campus/server-self-assessment';
import { CurrentActor } from '../http/auth.decorators';
import { CsvDownload } from '../http/csv-download';
import { UuidPipe } from '../http/uuid.pipe';

/** The language of the texts; the caller's own when missing. */
class ResultsQueryDto extends createZodDto(z.object({ locale: Locale.optional() })) {}

/** A round's results for the manager of its school, and their PDF (for the board) and CSV. */
@ApiTags('self-assessment')
@ApiBearerAuth()
@Controller('orgs/:orgId/assessment-rounds/:roundId')
export class AssessmentResultsController {
  constructor(private readonly results: AssessmentResultsService) {}

  @Get('results')
  view(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roundId', UuidPipe) roundId: string,
    @Query() q: ResultsQueryDto,
  ): Promise<RoundResultsView> {
    return this.results.results(actor, orgId, roundId, q.locale);
  }

  @Get('results.pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roundId', UuidPipe) roundId: string,
    @Query() q: ResultsQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const pdf = await this.results.pdf(actor, orgId, roundId, q.locale);
    await reply
      .type('application/pdf')
      .header('Content-Disposition', 'attachment; filename="self-assessment-results.pdf"')
      .send(pdf);
  }

  @Get('results.csv')
  @CsvDownload('self-assessment-results.csv')
  csv(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roundId', UuidPipe) roundId: string,
    @Query() q: ResultsQueryDto,
  ): Promise<string> {
    return this.results.csv(actor, orgId, roundId, q.locale);
  }
}
