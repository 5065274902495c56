import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  ChangeMobilityStatusRequest,
  CreateMobilityRequest,
  CreateOwnMobilityRequest,
  MobilityListQuery,
  UpdateMobilityRequest,
  type MobilityStatusChangeView,
  type MobilityView,
  type Page,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { MobilitiesService, MobilityStatusService } from '@campus/server-mobility';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class CreateMobilityDto extends createZodDto(CreateMobilityRequest) {}
class CreateOwnMobilityDto extends createZodDto(CreateOwnMobilityRequest) {}
class UpdateMobilityDto extends createZodDto(UpdateMobilityRequest) {}
class ChangeMobilityStatusDto extends createZodDto(ChangeMobilityStatusRequest) {}
class MobilityListQueryDto extends createZodDto(MobilityListQuery) {}

/** Managers of the sending organisation run its mobility records. */
@ApiTags('mobilities')
@ApiBearerAuth()
@Controller('orgs/:orgId/mobilities')
export class OrgMobilitiesController {
  constructor(
    private readonly mobilities: MobilitiesService,
    private readonly status: MobilityStatusService,
  ) {}

  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Body() body: CreateMobilityDto,
    @ClientIp() ip: string,
  ): Promise<MobilityView> {
    return this.mobilities.create(actor, orgId, body, ip);
  }

  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: MobilityListQueryDto,
  ): Promise<Page<MobilityView>> {
    return this.mobilities.list(actor, orgId, q);
  }

  @Get(':id')
  get(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<MobilityView> {
    return this.mobilities.get(actor, orgId, id);
  }

  /** While draft or agreed; the status does not change. */
  @Patch(':id')
  update(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: UpdateMobilityDto,
    @ClientIp() ip: string,
  ): Promise<MobilityView> {
    return this.mobilities.update(actor, orgId, id, body, ip);
  }

  /** draft → agreed → in_progress → completed → validated, or cancelled before validated (else 409). */
  @Post(':id/status')
  @HttpCode(200)
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
    @Body() body: ChangeMobilityStatusDto,
    @ClientIp() ip: string,
  ): Promise<MobilityView> {
    return this.status.change(actor, orgId, id, body.to, body.note, ip);
  }

  @Get(':id/history')
  history(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<MobilityStatusChangeView[]> {
    return this.status.history(actor, orgId, id);
  }
}

/** A participant's own mobilities. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me/mobilities')
export class MyMobilitiesController {
  constructor(private readonly mobilities: MobilitiesService) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<MobilityView[]> {
    return this.mobilities.listOwn(actor);
  }

  /** A draft for oneself, in an organisation one belongs to. */
  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateOwnMobilityDto,
    @ClientIp() ip: string,
  ): Promise<MobilityView> {
    const { organisationId, ...fields } = body;
    return this.mobilities.createOwn(actor, organisationId, fields, ip);
  }
}
