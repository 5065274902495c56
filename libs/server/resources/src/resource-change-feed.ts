import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { ChangeFeed } from '@campus/server-db';

/** `resource_changed`, sent by a trigger at every commit that touches the library (see ChangeFeed). */
@Injectable()
export class ResourceChangeFeed extends ChangeFeed implements OnModuleDestroy {
  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    super(config.DATABASE_URL, 'resource_changed');
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
