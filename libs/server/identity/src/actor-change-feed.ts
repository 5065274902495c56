import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { ChangeFeed } from '@campus/server-db';

/**
 * `actor_changed`, sent by triggers at every commit that changes a user's actor (the user row or
 * one of their memberships) with that user's id (see ChangeFeed and the ActorChangeNotify
 * migration).
 */
@Injectable()
export class ActorChangeFeed extends ChangeFeed implements OnModuleDestroy {
  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    super(config.DATABASE_URL, 'actor_changed');
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
