import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { ChangeFeed } from '@campus/server-db';

/**
 * `assessment_changed`, sent by a trigger at every commit that changes what a closed round's
 * results show (migration 1768267400000; see ChangeFeed).
 */
@Injectable()
export class AssessmentChangeFeed extends ChangeFeed implements OnModuleDestroy {
  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    super(config.DATABASE_URL, 'assessment_changed');
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
