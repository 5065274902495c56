import { NotFoundException } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

let indexHtml: string | null = null;

/** Called once at boot when the web build is served. */
export function enableSpaFallback(webDistDir: string): void {
  const file = join(webDistDir, 'index.html');
  indexHtml = existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * Client-side routes (/sign-in, /admin/users …) reach the server as unknown paths: answer them
 * with the app's index.html. Unknown /api paths stay problem+json 404s.
 */
export function serveSpaFallback(exception: unknown, req: FastifyRequest, reply: FastifyReply): boolean {
  if (!indexHtml || !(exception instanceof NotFoundException)) return false;
  if (req.method !== 'GET' || req.url.startsWith('/api') || req.url.startsWith('/.well-known')) return false;
  void reply
    .status(200)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-cache')
    .send(indexHtml);
  return true;
}
