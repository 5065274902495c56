import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  CreateResourceRequest,
  PageQuery,
  ResourceFileQuery,
  ResourceSearchQuery,
  ResourceVersionFields,
  UPLOAD_RULES,
  type FileRef,
  type MyResourceView,
  type Page,
  type ResourceDetailView,
  type ResourceSearchPage,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import {
  ResourceContributionsService,
  ResourceLibraryService,
  ResourceUploadsService,
} from '@campus/server-resources';
import { CurrentActor, OptionalActor, Public } from '../http/auth.decorators';
import { ApiFileUpload, withUploadedFile } from '../http/file-upload';
import { UuidPipe } from '../http/uuid.pipe';

class ResourceSearchQueryDto extends createZodDto(ResourceSearchQuery) {}
class CreateResourceDto extends createZodDto(CreateResourceRequest) {}
class ResourceVersionDto extends createZodDto(ResourceVersionFields) {}
class ResourceFileQueryDto extends createZodDto(ResourceFileQuery) {}
class PageQueryDto extends createZodDto(PageQuery) {}

/**
 * The resource library. Search and detail are public (anonymous callers count against the general
 * per-address limit, like the catalogue); trainers and managers contribute and edit.
 */
@ApiTags('resources')
@Controller('resources')
export class ResourcesController {
  constructor(
    private readonly library: ResourceLibraryService,
    private readonly contributions: ResourceContributionsService,
    private readonly uploads: ResourceUploadsService,
  ) {}

  @Public('optional')
  @Get()
  search(@Query() q: ResourceSearchQueryDto): Promise<ResourceSearchPage> {
    return this.library.search(q);
  }

  @ApiBearerAuth()
  @Get('mine')
  mine(@CurrentActor() actor: Actor, @Query() q: PageQueryDto): Promise<Page<MyResourceView>> {
    return this.contributions.mine(actor, q);
  }

  @ApiBearerAuth()
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateResourceDto): Promise<ResourceDetailView> {
    return this.contributions.create(actor, body);
  }

  /** One file per request, streamed to storage; the version that names it is saved afterwards. */
  @ApiBearerAuth()
  @Post('files')
  @ApiFileUpload()
  upload(
    @CurrentActor() actor: Actor,
    @Query() q: ResourceFileQueryDto,
    @Req() req: FastifyRequest,
  ): Promise<FileRef> {
    return withUploadedFile(req, UPLOAD_RULES['resource-file'].maxBytes, (file) =>
      this.uploads.upload(actor, q.organisationId, file),
    );
  }

  @Public('optional')
  @Get(':id')
  get(@OptionalActor() actor: Actor | null, @Param('id', UuidPipe) id: string): Promise<ResourceDetailView> {
    return this.library.detail(actor, id);
  }

  /** Saves the draft, or opens the next version as a draft when there is none. */
  @ApiBearerAuth()
  @Put(':id/draft')
  saveDraft(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: ResourceVersionDto,
  ): Promise<ResourceDetailView> {
    return this.contributions.saveDraft(actor, id, body);
  }

  @ApiBearerAuth()
  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<ResourceDetailView> {
    return this.contributions.submit(actor, id);
  }

  @ApiBearerAuth()
  @Post(':id/withdraw-submission')
  @HttpCode(200)
  withdrawSubmission(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
  ): Promise<ResourceDetailView> {
    return this.contributions.withdrawSubmission(actor, id);
  }
}
