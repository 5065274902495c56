import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@campus/contracts';
import { AccessTokens, ActorsService } from '@campus/server-identity';
import { PUBLIC_ROUTE, type AuthedRequest } from './auth.decorators';
import { bearerToken, verifiedSubject } from './bearer';

/** Every route needs a valid Bearer token unless marked @Public(). Roles are checked in the services. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly actors: ActorsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const mode = this.reflector.getAllAndOverride<'public' | 'optional' | undefined>(PUBLIC_ROUTE, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const token = bearerToken(req);
    if (!token) {
      if (mode) return true;
      throw new DomainError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <accessToken>.');
    }
    if (mode === 'public') return true;
    req.actor = await this.actors.load(await verifiedSubject(req, token, this.tokens));
    return true;
  }
}
