import { Controller, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { DomainError, UPLOAD_RULES, UploadQuery, type FileRef } from '@campus/contracts';
import { CourseUploadsService } from '@campus/server-courses';
import type { Actor } from '@campus/server-identity';
import { tooLarge } from '@campus/server-storage';
import { CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class UploadQueryDto extends createZodDto(UploadQuery) {}

const missingFile = () =>
  new DomainError('VALIDATION_FAILED', 'Send one file in a form field named "file".', {
    errors: [{ field: 'file', message: 'Send one file in a form field named "file".' }],
  });

/** Authors upload a course's files: one file per request, streamed to storage, never buffered whole. */
@ApiTags('authoring')
@ApiBearerAuth()
@Controller('authoring/courses/:courseId/files')
export class CourseFilesController {
  constructor(private readonly uploads: CourseUploadsService) {}

  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  async upload(
    @CurrentActor() actor: Actor,
    @Param('courseId', UuidPipe) courseId: string,
    @Query() query: UploadQueryDto,
    @Req() req: FastifyRequest,
  ): Promise<FileRef> {
    if (!req.isMultipart())
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data.');
    const { maxBytes } = UPLOAD_RULES[query.purpose];
    // One byte over the limit reaches the inspector, which answers 413 with the limit named.
    const part = await req.file({ limits: { fileSize: maxBytes + 1, files: 1 } });
    if (!part || part.fieldname !== 'file') throw missingFile();
    try {
      return await this.uploads.upload(actor, courseId, query.purpose, {
        fileName: part.filename,
        content: part.file,
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
      throw err;
    }
  }
}
