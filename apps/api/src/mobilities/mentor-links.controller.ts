import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MentorActionView, MentorLinkView } from '@campus/contracts';
import type { Actor } from '@campus/server-identity';
import { MentorActivityService, MentorLinkAdminService } from '@campus/server-mobility';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { UuidPipe } from '../http/uuid.pipe';

/** The sending manager sends, lists and revokes the host mentor's links, and sees what the mentor did. */
@ApiTags('mobilities')
@ApiBearerAuth()
@Controller('orgs/:orgId/mobilities/:id')
export class MentorLinksController {
  constructor(
    private readonly links: MentorLinkAdminService,
    private readonly activity: MentorActivityService,
  ) {}

  /** Sends (or re-sends) a new link to the mentor by e-mail; earlier links keep working. */
  @Post('mentor-links')
  send(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
    @ClientIp() ip: string,
  ): Promise<MentorLinkView> {
    return this.links.send(actor, orgId, id, ip);
  }

  @Get('mentor-links')
  list(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<MentorLinkView[]> {
    return this.links.list(actor, orgId, id);
  }

  @Post('mentor-links/:linkId/revoke')
  @HttpCode(200)
  revoke(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
    @Param('linkId', UuidPipe) linkId: string,
    @ClientIp() ip: string,
  ): Promise<MentorLinkView> {
    return this.links.revoke(actor, orgId, id, linkId, ip);
  }

  @Get('mentor-activity')
  mentorActivity(
    @CurrentActor() actor: Actor,
    @Param('orgId', UuidPipe) orgId: string,
    @Param('id', UuidPipe) id: string,
  ): Promise<MentorActionView[]> {
    return this.activity.forManager(actor, orgId, id);
  }
}

/** The participant sees what the host mentor did on their own mobility. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me/mobilities/:id')
export class MyMentorActivityController {
  constructor(private readonly activity: MentorActivityService) {}

  @Get('mentor-activity')
  mentorActivity(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
  ): Promise<MentorActionView[]> {
    return this.activity.forParticipant(actor, id);
  }
}
