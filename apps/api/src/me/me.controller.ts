import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import {
  ChangePasswordRequest,
  UpdateProfileRequest,
  type CurrentUser,
  type LoginResponse,
} from '@campus/contracts';
import { SERVER_CONFIG } from '@campus/server-config';
import { ProfileService, type Actor } from '@campus/server-identity';
import type { ApiConfig } from '../config';
import { ClientIp, CurrentActor } from '../http/auth.decorators';
import { setRefreshCookie } from '../http/refresh-cookie';

class UpdateProfileDto extends createZodDto(UpdateProfileRequest) {}
class ChangePasswordDto extends createZodDto(ChangePasswordRequest) {}

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    @Inject(SERVER_CONFIG) private readonly config: ApiConfig,
    private readonly profile: ProfileService,
  ) {}

  /** Who am I, with my memberships. */
  @Get()
  me(@CurrentActor() actor: Actor): Promise<CurrentUser> {
    return this.profile.me(actor);
  }

  @Patch()
  update(@CurrentActor() actor: Actor, @Body() body: UpdateProfileDto): Promise<CurrentUser> {
    return this.profile.update(actor, body);
  }

  /** Ends every other session and returns a fresh one for this device. */
  @Post('password')
  @HttpCode(200)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
    @ClientIp() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    return setRefreshCookie(
      reply,
      await this.profile.changePassword(actor, body, ip),
      this.config.COOKIE_SECURE,
    );
  }
}
