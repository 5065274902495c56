import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import {
  CreateRoundLinkRequest,
  InviteRespondentsRequest,
  OpenRoundRequest,
  RoundListQuery,
  type CreatedRoundLinkView,
  type InvitationsResult,
  type Page,
  type RoundLinkView,
  type RoundView,
} from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { AssessmentRoundsService, RoundLinksService } from '@campus/server-self-assessment';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

class OpenRoundDto extends createZodDto(OpenRoundRequest) {}
class RoundListQueryDto extends createZodDto(RoundListQuery) {}
class CreateRoundLinkDto extends createZodDto(CreateRoundLinkRequest) {}
class InviteRespondentsDto extends createZodDto(InviteRespondentsRequest) {}

/**
 * A school's managers open, read and close self-assessment rounds and hand out their links.
 * Roles and tenancy are checked by the services (another school's round is 404).
 */
@ApiTags('self-assessment')
@ApiBearerAuth()
@Controller('orgs/:orgId/assessment-rounds')
export class AssessmentRoundsController {
  constructor(
    private readonly rounds: AssessmentRoundsService,
    private readonly links: RoundLinksService,
  ) {}

  @Post()
  open(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Body() body: OpenRoundDto,
    @ClientIp() ip: string,
  ): Promise<RoundView> {
    return this.rounds.open(actor, orgId, body, ip);
  }

  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Query() query: RoundListQueryDto,
  ): Promise<Page<RoundView>> {
    return this.rounds.list(actor, orgId, query);
  }

  @Get(':roundId')
  get(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roundId', UuidPipe) roundId: string,
  ): Promise<RoundView> {
    return this.rounds.get(actor, orgId, roundId);
  }

  /** Closes the round and writes the totals its results are read from; a second close is 409. */
  @Post(':roundId/close')
  @HttpCode(200)
  close(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roundId', UuidPipe) roundId: string,
    @ClientIp() ip: string,
  ): Promise<RoundView> {
    return this.rounds.close(actor, orgId, roundId, ip);
  }

  /** A new shareable link for a group (its URL is in this answer only); the group's old one stops. */
  @Post(':roundId/links')
  createLink(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roundId', UuidPipe) roundId: string,
    @Body() body: CreateRoundLinkDto,
    @ClientIp() ip: string,
  ): Promise<CreatedRoundLinkView> {
    return this.links.createSharedLink(actor, orgId, roundId, body, ip);
  }

  @Post(':roundId/links/:linkId/revoke')
  @HttpCode(200)
  revokeLink(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roundId', UuidPipe) roundId: string,
    @Param('linkId', UuidPipe) linkId: string,
    @ClientIp() ip: string,
  ): Promise<RoundLinkView> {
    return this.links.revoke(actor, orgId, roundId, linkId, ip);
  }

  /** Personal single-use links by e-mail; an address the round invited already is not mailed again. */
  @Post(':roundId/invitations')
  @HttpCode(200)
  invite(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('roundId', UuidPipe) roundId: string,
    @Body() body: InviteRespondentsDto,
    @ClientIp() ip: string,
  ): Promise<InvitationsResult> {
    return this.links.invite(actor, orgId, roundId, body, ip);
  }
}
