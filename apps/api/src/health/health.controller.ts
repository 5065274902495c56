import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { SkipThrottle } from '@nestjs/throttler';
import type IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainError } from '@campus/contracts';
import { REDIS_CLIENT } from '@campus/server-config';
import { Public } from '../http/auth.decorators';

const CHECK_TIMEOUT_MS = 2000;

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis answer; 503 with Retry-After otherwise. */
  @Get('ready')
  async ready(): Promise<{ status: 'ready'; postgres: 'up'; redis: 'up' }> {
    const [pg, redis] = await Promise.all([
      check(() => this.ds.query('SELECT 1')),
      check(() => this.redis.ping()),
    ]);
    if (!pg || !redis) {
      const down = [!pg && 'PostgreSQL', !redis && 'Redis'].filter(Boolean).join(' and ');
      throw new DomainError('DEPENDENCY_DOWN', `${down} did not answer.`, { retryAfter: 5 });
    }
    return { status: 'ready', postgres: 'up', redis: 'up' };
  }
}

async function check(probe: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS))),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
