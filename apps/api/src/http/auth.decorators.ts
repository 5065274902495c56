import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '@campus/server-identity';

export const PUBLIC_ROUTE = 'campus:public';
/** 'public': no sign-in needed; 'optional': a valid token is used when sent, none is fine. */
export const Public = (mode: 'public' | 'optional' = 'public') => SetMetadata(PUBLIC_ROUTE, mode);

export type AuthedRequest = FastifyRequest & { actor?: Actor };

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().actor!;
});

export const OptionalActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().actor ?? null;
});

export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  return ctx.switchToHttp().getRequest<FastifyRequest>().ip;
});
