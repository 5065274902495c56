import { Controller, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { UPLOAD_RULES, UploadQuery, type FileRef } from '@campus/contracts';
import { CourseUploadsService } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { CurrentActor } from '../http/auth.decorators';
import { ApiFileUpload, withUploadedFile } from '../http/file-upload';
import { UuidPipe } from '../http/uuid.pipe';

class UploadQueryDto extends createZodDto(UploadQuery) {}

/** Authors upload a course's files: one file per request, streamed to storage, never buffered whole. */
@ApiTags('authoring')
@ApiBearerAuth()
@Controller('authoring/courses/:courseId/files')
export class CourseFilesController {
  constructor(private readonly uploads: CourseUploadsService) {}

  @Post()
  @ApiFileUpload()
  upload(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Query() query: UploadQueryDto,
    @Req() req: FastifyRequest,
  ): Promise<FileRef> {
    return withUploadedFile(req, UPLOAD_RULES[query.purpose].maxBytes, (file) =>
      this.uploads.upload(actor, courseId, query.purpose, file),
    );
  }
}
