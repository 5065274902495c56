import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import IORedis from 'ioredis';
import { REDIS_CLIENT, SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { ENTITIES, MIGRATIONS, poolSettings } from '@campus/server-db';
import { AuditModule } from '@campus/server-audit';
import { JobsModule, queueSettingsFrom } from '@campus/server-jobs';

/**
 * Connections every module shares: PostgreSQL (TypeORM, migrations only), one Redis client for
 * rate limits and counters (its keys carry REDIS_PREFIX), and BullMQ queue producers (JobsModule).
 */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: IORedis) {}

  static forRoot(config: ServerConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.DATABASE_URL,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          migrationsTableName: 'migrations',
          synchronize: false,
          migrationsRun: false,
          extra: poolSettings(config.DATABASE_POOL_SIZE),
          retryAttempts: 3,
        }),
        AuditModule,
        JobsModule.forRoot(queueSettingsFrom(config)),
      ],
      providers: [
        { provide: SERVER_CONFIG, useValue: config },
        {
          provide: REDIS_CLIENT,
          useFactory: () =>
            new IORedis(config.REDIS_URL, { keyPrefix: `${config.REDIS_PREFIX}:`, maxRetriesPerRequest: 2 }),
        },
      ],
      exports: [SERVER_CONFIG, REDIS_CLIENT],
    };
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
