import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  CreateFrameworkRequest,
  FrameworkLocaleQuery,
  SaveFrameworkDraftRequest,
  type FrameworkAdminView,
  type FrameworkSummaryView,
  type PublishedFrameworkSummaryView,
  type PublishedFrameworkView,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { FrameworksService } from '@campus/server-self-assessment';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class CreateFrameworkDto extends createZodDto(CreateFrameworkRequest) {}
class SaveFrameworkDraftDto extends createZodDto(SaveFrameworkDraftRequest) {}
class FrameworkLocaleQueryDto extends createZodDto(FrameworkLocaleQuery) {}

/** Published assessment frameworks, for anyone signed in (managers open rounds on them). */
@ApiTags('self-assessment')
@ApiBearerAuth()
@Controller('frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Query() q: FrameworkLocaleQueryDto,
  ): Promise<PublishedFrameworkSummaryView[]> {
    return this.frameworks.listPublished(actor, q.locale);
  }

  /** Published or retired: a round keeps reading the version it was opened on. */
  @Get('versions/:versionId')
  version(
    @CurrentActor() actor: Actor,
    @Param('versionId', UuidPipe) versionId: string,
    @Query() q: FrameworkLocaleQueryDto,
  ): Promise<PublishedFrameworkView> {
    return this.frameworks.publishedVersion(actor, versionId, q.locale);
  }
}

/** Authoring frameworks in versions: platform admins only (checked in the service). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/frameworks')
export class FrameworksAdminController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<FrameworkSummaryView[]> {
    return this.frameworks.list(actor);
  }

  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateFrameworkDto,
    @ClientIp() ip: string,
  ): Promise<FrameworkAdminView> {
    return this.frameworks.create(actor, body, ip);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<FrameworkAdminView> {
    return this.frameworks.get(actor, id);
  }

  @Put(':id/draft')
  saveDraft(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Body() body: SaveFrameworkDraftDto,
  ): Promise<FrameworkAdminView> {
    return this.frameworks.saveDraft(actor, id, body.content);
  }

  @Delete(':id/draft')
  @HttpCode(204)
  discardDraft(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.frameworks.discardDraft(actor, id, ip);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @ClientIp() ip: string,
  ): Promise<FrameworkAdminView> {
    return this.frameworks.publish(actor, id, ip);
  }
}
