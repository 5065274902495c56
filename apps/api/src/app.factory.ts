import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule, type AppOptions } from './app.module';
import type { ApiConfig } from './config';
import { addSecurityHeaders } from './http/security-headers';
import { sendFrameworkProblem } from './http/problem.filter';
import { useDepthCappedJsonParser } from './http/json-body';
import { enableSpaFallback } from './http/spa-fallback';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Builds the configured api without listening: main.ts listens, tests use it with supertest. */
export async function createApp(
  config: ApiConfig,
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.TRUST_PROXY,
    bodyLimit: config.BODY_LIMIT_BYTES,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    frameworkErrors: (error: FastifyError, req: FastifyRequest, reply: FastifyReply) =>
      sendFrameworkProblem(error, req, reply),
  });
  // The API speaks JSON only: other bodies get 415 instead of reaching validation as strings.
  adapter.getInstance().removeContentTypeParser('text/plain');
  useDepthCappedJsonParser(adapter.getInstance());
  adapter.getInstance().addHook('onRequest', (req, reply, done) => {
    req.raw.headers['x-request-id'] = req.id;
    void reply.header('X-Request-Id', req.id);
    done();
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    // The JSON parser is ours (useDepthCappedJsonParser); Nest would add its own over it.
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // The JWKS lives at its well-known place, outside /api.
  app.setGlobalPrefix('api', { exclude: [{ path: '.well-known/jwks.json', method: RequestMethod.GET }] });
  app.enableShutdownHooks();

  await app.register(fastifyCookie);
  // Uploads are streamed by the route (each sets its own size limit); nothing is buffered here.
  await app.register(fastifyMultipart, {
    limits: { files: 1, fields: 0, parts: 1 },
    throwFileSizeLimit: true,
  });
  addSecurityHeaders(adapter.getInstance(), {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        // Swagger UI inlines its styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.COOKIE_SECURE,
  });

  const openapi = new DocumentBuilder()
    .setTitle('Campus API')
    .setDescription('The API of Campus, the learning platform for the internationalisation of VET schools.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  // Built on the first request for it, not at boot: it is large, and most processes never serve it.
  SwaggerModule.setup('api/docs', app, () => cleanupOpenApiDoc(SwaggerModule.createDocument(app, openapi)), {
    jsonDocumentUrl: 'api/docs-json',
  });

  if (config.WEB_DIST_DIR && existsSync(config.WEB_DIST_DIR)) {
    await app.register(fastifyStatic, {
      root: config.WEB_DIST_DIR,
      prefix: '/',
      wildcard: false,
      decorateReply: false,
    });
    enableSpaFallback(config.WEB_DIST_DIR);
  }
  return app;
}
