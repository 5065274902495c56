import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  AcceptInvitationRequest,
  TokenRequest,
  type InvitationPreview,
  type LoginResponse,
} from '@campus/contracts';
import { SERVER_CONFIG } from '@campus/server-config';
import type { Actor } from '@campus/server-identity';
import { InvitationsService } from '@campus/server-organisations';
import type { ApiConfig } from '../config';
import { ClientIp, OptionalActor, Public } from '../http/auth.decorators';
import { AuthRateLimit } from '../http/rate-limit';
import { setRefreshCookie } from '../http/refresh-cookie';

class TokenDto extends createZodDto(TokenRequest) {}
class AcceptInvitationDto extends createZodDto(AcceptInvitationRequest) {}

/** The invitee's side: the token travels in the body, never in a URL the server would log. */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    @Inject(SERVER_CONFIG) private readonly config: ApiConfig,
    private readonly invitations: InvitationsService,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @Public()
  @AuthRateLimit()
  preview(@Body() body: TokenDto): Promise<InvitationPreview> {
    return this.invitations.preview(body.token);
  }

  /** New people get a session (200 with an access token); existing, signed-in people just join. */
  @Post('accept')
  @HttpCode(200)
  @Public('optional')
  @AuthRateLimit()
  async accept(
    @Body() body: AcceptInvitationDto,
    @OptionalActor() actor: Actor | null,
    @ClientIp() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse | { joined: true }> {
    const result = await this.invitations.accept(body, actor, ip);
    return 'refreshToken' in result ? setRefreshCookie(reply, result, this.config.COOKIE_SECURE) : result;
  }
}
