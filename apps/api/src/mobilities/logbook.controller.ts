import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  PutLogEntryRequest,
  UPLOAD_RULES,
  type LogbookView,
  type LogEntryView,
  type LogEvidenceView,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { LogbookEvidenceService, LogbookService } from '@campus/server-mobility';
import { CurrentActor } from '../http/auth.decorators';
import { ApiFileUpload, withUploadedFile } from '../http/file-upload';
import { UuidPipe } from '../http/uuid.pipe';

class PutLogEntryDto extends createZodDto(PutLogEntryRequest) {}

/**
 * The participant's own logbook: entries are PUT by the id the browser made (an offline entry
 * sent twice is one entry), evidence files are uploaded one per request, streamed.
 */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me/mobilities/:id/logbook')
export class MyLogbookController {
  constructor(
    private readonly logbook: LogbookService,
    private readonly evidence: LogbookEvidenceService,
  ) {}

  @Get()
  view(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<LogbookView> {
    return this.logbook.viewOwn(actor, id);
  }

  /** 201 when the entry is new, 200 when it was replaced or was already exactly this. */
  @Put(':entryId')
  async put(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('entryId', UuidPipe) entryId: string,
    @Body() body: PutLogEntryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LogEntryView> {
    const { created, entry } = await this.logbook.put(actor, id, entryId, body);
    void reply.code(created ? 201 : 200);
    return entry;
  }

  /** Not once the mentor confirmed the entry (409); its evidence files go with it. */
  @Delete(':entryId')
  @HttpCode(204)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('entryId', UuidPipe) entryId: string,
  ): Promise<void> {
    return this.logbook.remove(actor, id, entryId);
  }

  /** One file per request (multipart/form-data, field `file`): 201 with the stored file. */
  @Post(':entryId/evidence')
  @ApiFileUpload()
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('entryId', UuidPipe) entryId: string,
    @Req() req: FastifyRequest,
  ): Promise<LogEvidenceView> {
    return withUploadedFile(req, UPLOAD_RULES['mobility-evidence'].maxBytes, (file) =>
      this.evidence.upload(actor, id, entryId, file),
    );
  }

  @Delete(':entryId/evidence/:evidenceId')
  @HttpCode(204)
  removeEvidence(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('entryId', UuidPipe) entryId: string,
    @Param('evidenceId', UuidPipe) evidenceId: string,
  ): Promise<void> {
    return this.evidence.remove(actor, id, entryId, evidenceId);
  }
}

/** Managers of the sending organisation read a participant's logbook. */
@ApiTags('mobilities')
@ApiBearerAuth()
@Controller('orgs/:orgId/mobilities/:id/logbook')
export class OrgLogbookController {
  constructor(private readonly logbook: LogbookService) {}

  @Get()
  view(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<LogbookView> {
    return this.logbook.viewForManager(actor, orgId, id);
  }
}
