import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AcceptedMessage, LoginResponse } from '@campus/contracts';
import { SERVER_CONFIG } from '@campus/server-config';
import { PasswordResetService, RegistrationService, SessionsService } from '@campus/server-identity';
import type { ApiConfig } from '../config';
import { ClientIp, Public } from '../http/auth.decorators';
import { AuthRateLimit } from '../http/rate-limit';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from '../http/refresh-cookie';
import { EmailDto, LoginDto, PasswordResetConfirmDto, RegisterDto, TokenDto } from './auth.dto';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(SERVER_CONFIG) private readonly config: ApiConfig,
    private readonly sessions: SessionsService,
    private readonly registration: RegistrationService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @AuthRateLimit()
  async login(
    @Body() body: LoginDto,
    @ClientIp() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    return setRefreshCookie(reply, await this.sessions.login(body, { ip }), this.config.COOKIE_SECURE);
  }

  /** Rotates the refresh cookie and returns a new access token. */
  @Post('refresh')
  @HttpCode(200)
  async refresh(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    try {
      return setRefreshCookie(
        reply,
        await this.sessions.refresh(readRefreshCookie(req)),
        this.config.COOKIE_SECURE,
      );
    } catch (err) {
      clearRefreshCookie(reply, this.config.COOKIE_SECURE);
      throw err;
    }
  }

  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() req: FastifyRequest,
    @ClientIp() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.logout(readRefreshCookie(req), ip);
    clearRefreshCookie(reply, this.config.COOKIE_SECURE);
  }

  @Post('register')
  @HttpCode(202)
  @AuthRateLimit()
  register(@Body() body: RegisterDto, @ClientIp() ip: string): Promise<AcceptedMessage> {
    return this.registration.register(body, ip);
  }

  @Post('verify-email')
  @HttpCode(200)
  @AuthRateLimit()
  verifyEmail(@Body() body: TokenDto, @ClientIp() ip: string): Promise<AcceptedMessage> {
    return this.registration.verifyEmail(body.token, ip);
  }

  @Post('resend-verification')
  @HttpCode(202)
  @AuthRateLimit()
  resendVerification(@Body() body: EmailDto): Promise<AcceptedMessage> {
    return this.registration.resendVerification(body.email);
  }

  @Post('password-reset/request')
  @HttpCode(202)
  @AuthRateLimit()
  requestReset(@Body() body: EmailDto, @ClientIp() ip: string): Promise<AcceptedMessage> {
    return this.passwordReset.request(body.email, ip);
  }

  @Post('password-reset/confirm')
  @HttpCode(200)
  @AuthRateLimit()
  confirmReset(@Body() body: PasswordResetConfirmDto, @ClientIp() ip: string): Promise<AcceptedMessage> {
    return this.passwordReset.confirm(body, ip);
  }
}
