import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  CreateActionRequest,
  CreateObjectiveRequest,
  CreateRoadmapRequest,
  FocusAreasQuery,
  Locale,
  PageQuery,
  UpdateActionRequest,
  UpdateObjectiveRequest,
  UpdateRoadmapRequest,
  type FocusAreasView,
  type Page,
  type RoadmapProgressView,
  type RoadmapRecommendationsView,
  type RoadmapSummaryView,
  type RoadmapView,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import {
  RoadmapExportService,
  RoadmapInsightsService,
  RoadmapItemsService,
  RoadmapsService,
} from '@campus/server-roadmaps';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class CreateRoadmapDto extends createZodDto(CreateRoadmapRequest) {}
class UpdateRoadmapDto extends createZodDto(UpdateRoadmapRequest) {}
class CreateObjectiveDto extends createZodDto(CreateObjectiveRequest) {}
class UpdateObjectiveDto extends createZodDto(UpdateObjectiveRequest) {}
class CreateActionDto extends createZodDto(CreateActionRequest) {}
class UpdateActionDto extends createZodDto(UpdateActionRequest) {}
class FocusAreasQueryDto extends createZodDto(FocusAreasQuery) {}
class PageQueryDto extends createZodDto(PageQuery) {}

/** A school's roadmaps (issue 11), run by its managers; staff are enrolled through POST /orgs/:orgId/enrolments. */
@ApiTags('roadmaps')
@ApiBearerAuth()
@Controller('orgs/:orgId/roadmaps')
export class RoadmapsController {
  constructor(
    private readonly roadmaps: RoadmapsService,
    private readonly items: RoadmapItemsService,
    private readonly insights: RoadmapInsightsService,
    private readonly exports: RoadmapExportService,
  ) {}

  /** A round's areas, weakest first, to pick 1-3 focus areas from (texts in `locale`, else the caller's). */
  @Get('focus-areas')
  focusAreas(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: FocusAreasQueryDto,
  ): Promise<FocusAreasView> {
    const locale = q.locale ?? Locale.catch('en').parse(actor.locale);
    return this.roadmaps.focusAreas(actor, orgId, q.roundId, locale);
  }

  @Post()
  create(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Body() body: CreateRoadmapDto,
    @ClientIp() ip: string,
  ): Promise<RoadmapView> {
    return this.roadmaps.create(actor, orgId, body, ip);
  }

  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() q: PageQueryDto,
  ): Promise<Page<RoadmapSummaryView>> {
    return this.roadmaps.list(actor, orgId, q);
  }

  @Get(':roadmapId')
  get(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
  ): Promise<RoadmapView> {
    return this.roadmaps.get(actor, orgId, roadmapId);
  }

  @Patch(':roadmapId')
  update(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @Body() body: UpdateRoadmapDto,
    @ClientIp() ip: string,
  ): Promise<RoadmapView> {
    return this.roadmaps.update(actor, orgId, roadmapId, body, ip);
  }

  @Delete(':roadmapId')
  @HttpCode(204)
  remove(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @ClientIp() ip: string,
  ): Promise<void> {
    return this.roadmaps.remove(actor, orgId, roadmapId, ip);
  }

  @Get(':roadmapId/progress')
  progress(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
  ): Promise<RoadmapProgressView> {
    return this.insights.progress(actor, orgId, roadmapId);
  }

  @Get(':roadmapId/recommendations')
  recommendations(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
  ): Promise<RoadmapRecommendationsView> {
    return this.insights.recommendations(actor, orgId, roadmapId);
  }

  /** In the roadmap's language. */
  @Get(':roadmapId/roadmap.pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { filename, body } = await this.exports.pdf(actor, orgId, roadmapId);
    await reply
      .type('application/pdf')
      .header('Content-Disposition', `attachment; filename="${filename}"`)
      .send(body);
  }

  @Post(':roadmapId/objectives')
  addObjective(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @Body() body: CreateObjectiveDto,
    @ClientIp() ip: string,
  ): Promise<RoadmapView> {
    return this.items.addObjective(actor, orgId, roadmapId, body, ip);
  }

  @Patch(':roadmapId/objectives/:objectiveId')
  updateObjective(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @Param('objectiveId', UuidPipe) objectiveId: string,
    @Body() body: UpdateObjectiveDto,
    @ClientIp() ip: string,
  ): Promise<RoadmapView> {
    return this.items.updateObjective(actor, orgId, roadmapId, objectiveId, body, ip);
  }

  @Delete(':roadmapId/objectives/:objectiveId')
  removeObjective(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @Param('objectiveId', UuidPipe) objectiveId: string,
    @ClientIp() ip: string,
  ): Promise<RoadmapView> {
    return this.items.removeObjective(actor, orgId, roadmapId, objectiveId, ip);
  }

  @Post(':roadmapId/objectives/:objectiveId/actions')
  addAction(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @Param('objectiveId', UuidPipe) objectiveId: string,
    @Body() body: CreateActionDto,
    @ClientIp() ip: string,
  ): Promise<RoadmapView> {
    return this.items.addAction(actor, orgId, roadmapId, objectiveId, body, ip);
  }

  @Patch(':roadmapId/actions/:actionId')
  updateAction(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @Param('actionId', UuidPipe) actionId: string,
    @Body() body: UpdateActionDto,
    @ClientIp() ip: string,
  ): Promise<RoadmapView> {
    return this.items.updateAction(actor, orgId, roadmapId, actionId, body, ip);
  }

  @Delete(':roadmapId/actions/:actionId')
  removeAction(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roadmapId', UuidPipe) roadmapId: string,
    @Param('actionId', UuidPipe) actionId: string,
    @ClientIp() ip: string,
  ): Promise<RoadmapView> {
    return this.items.removeAction(actor, orgId, roadmapId, actionId, ip);
  }
}
