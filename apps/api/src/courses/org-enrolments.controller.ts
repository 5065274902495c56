import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  CsvExportQuery,
  ManagerEnrolCsvRequest,
  ManagerEnrolRequest,
  ProgressQuery,
  type ManagerEnrolResult,
  type Page,
  type ProgressRow,
} from '@campus/contracts';
import { OrgEnrolmentsService, ProgressReportService } from '@campus/server-courses';
import { csvFormat } from '@campus/server-csv';
import type { Actor } from '@campus/server-identity';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { csvUploadBody } from '../http/csv-upload';
import { UuidPipe } from '../http/uuid.pipe';
import { CsvDownload } from '../http/csv-download';

class ManagerEnrolDto extends createZodDto(ManagerEnrolRequest) {}
class ManagerEnrolCsvDto extends createZodDto(ManagerEnrolCsvRequest) {}
class ProgressQueryDto extends createZodDto(ProgressQuery) {}
class ProgressCsvQueryDto extends createZodDto(ProgressQuery.extend(CsvExportQuery.shape)) {}

/** Managers enrol their members and follow their progress. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('orgs/:orgId')
export class OrgEnrolmentsController {
  constructor(
    private readonly enrolments: OrgEnrolmentsService,
    private readonly progress: ProgressReportService,
  ) {}

  @Post('enrolments')
  @HttpCode(200)
  enrol(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Body() body: ManagerEnrolDto,
    @ClientIp() ip: string,
  ): Promise<ManagerEnrolResult> {
    return this.enrolments.enrol(actor, orgId, body.courseId, body.userIds, ip);
  }

  /** JSON `{courseId, csv}`, or multipart with `courseId` and the file in `file` (UTF-8 or Windows-1252). */
  @Post('enrolments/csv')
  @HttpCode(200)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: ManagerEnrolCsvDto })
  async enrolCsv(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Req() req: FastifyRequest,
    // Validated in csvUploadBody: a multipart request has no JSON body to validate.
    @Body() body: unknown,
    @ClientIp() ip: string,
  ): Promise<ManagerEnrolResult> {
    const { courseId, csv } = await csvUploadBody(req, body, ManagerEnrolCsvRequest);
    return this.enrolments.enrolCsv(actor, orgId, courseId, csv, ip);
  }

  @Delete('enrolments/:enrolmentId')
  @HttpCode(204)
  unenrol(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('enrolmentId', UuidPipe) enrolmentId: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.enrolments.unenrol(actor, orgId, enrolmentId, ip);
  }

  @Get('progress')
  list(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: ProgressQueryDto,
  ): Promise<Page<ProgressRow>> {
    return this.progress.list(actor, orgId, q);
  }

  /** UTF-8 with BOM, headers in the caller's language, `;` or `,` as their Excel expects (or `separator`). */
  @Get('progress.csv')
  @CsvDownload('progress.csv')
  csv(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: ProgressCsvQueryDto,
  ): Promise<string> {
    return this.progress.csv(actor, orgId, q, csvFormat(actor.locale, q.separator));
  }
}
