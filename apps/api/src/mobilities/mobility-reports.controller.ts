import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { BeneficiaryModuleCsvQuery, MobilityReportQuery, type MobilityReport } from '@campus/contracts';
import { csvFormat } from '@campus/server-csv';
import type { Actor } from '@campus/server-identity';
import { MobilityReportsService } from '@campus/server-mobility';
import { CurrentActor } from '../http/auth.decorators';
import { CsvDownload } from '../http/csv-download';
import { UuidPipe } from '../http/uuid.pipe';

class MobilityReportQueryDto extends createZodDto(MobilityReportQuery) {}
class BeneficiaryModuleCsvQueryDto extends createZodDto(BeneficiaryModuleCsvQuery) {}

/** A manager's report on the school's mobilities, and its Erasmus+ Beneficiary Module export. */
@ApiTags('mobilities')
@ApiBearerAuth()
@Controller('orgs/:orgId/mobility-reports')
export class MobilityReportsController {
  constructor(private readonly reports: MobilityReportsService) {}

  @Get()
  report(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: MobilityReportQueryDto,
  ): Promise<MobilityReport> {
    return this.reports.report(actor, orgId, q);
  }

  /** Streamed: thousands of mobilities are written as they are read, never held whole. */
  @Get('beneficiary-module.csv')
  @CsvDownload('beneficiary-module.csv')
  async beneficiaryModuleCsv(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: BeneficiaryModuleCsvQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { separator, ...filters } = q;
    const stream = this.reports.beneficiaryModuleCsv(
      actor,
      orgId,
      filters,
      csvFormat(actor.locale, separator),
    );
    await reply.send(stream);
  }
}
