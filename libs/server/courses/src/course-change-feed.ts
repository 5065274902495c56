import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';
import { ChangeFeed, type Change } from '@campus/server-db';

/** A course id, or '*': anything may have changed (the feed was down), drop everything. */
export type CourseChange = Change;

/** `course_changed`, sent by a trigger at every commit that touches a course (see ChangeFeed). */
@Injectable()
export class CourseChangeFeed extends ChangeFeed implements OnModuleDestroy {
  constructor(@Inject(SERVER_CONFIG) config: ServerConfig) {
    super(config.DATABASE_URL, 'course_changed');
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
