import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  ManagerEnrolCsvRequest,
  ManagerEnrolRequest,
  ProgressQuery,
  type ManagerEnrolResult,
  type Page,
  type ProgressRow,
} from '@campus/contracts';
import { OrgEnrolmentsService, ProgressReportService } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class ManagerEnrolDto extends createZodDto(ManagerEnrolRequest) {}
class ManagerEnrolCsvDto extends createZodDto(ManagerEnrolCsvRequest) {}
class ProgressQueryDto extends createZodDto(ProgressQuery) {}

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

  @Post('enrolments/csv')
  @HttpCode(200)
  enrolCsv(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Body() body: ManagerEnrolCsvDto,
    @ClientIp() ip: string,
  ): Promise<ManagerEnrolResult> {
    return this.enrolments.enrolCsv(actor, orgId, body.courseId, body.csv, ip);
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

  /** UTF-8 with BOM, so spreadsheet programs read accents and Greek correctly. */
  @Get('progress.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="progress.csv"')
  csv(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: ProgressQueryDto,
  ): Promise<string> {
    return this.progress.csv(actor, orgId, q);
  }
}
