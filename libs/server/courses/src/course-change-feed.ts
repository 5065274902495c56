import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { SERVER_CONFIG, type ServerConfig } from '@campus/server-config';

/** A course id, or '*': anything may have changed (the feed was down), drop everything. */
export type CourseChange = string;

const RECONNECT_MS = 1000;

/**
 * PostgreSQL LISTEN on `course_changed` (sent by a trigger at every commit that touches a course).
 * Caches may serve course data without asking the database only while `live` is true: when the
 * connection drops they are told '*' and must go back to reading through until it is back.
 */
@Injectable()
export class CourseChangeFeed implements OnModuleDestroy {
  private readonly log = new Logger(CourseChangeFeed.name);
  private readonly subscribers = new Set<(change: CourseChange) => void>();
  private client: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closing = false;
  live = false;

  constructor(@Inject(SERVER_CONFIG) private readonly config: ServerConfig) {}

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    this.live = false;
    await this.client?.end().catch(() => undefined);
  }

  /**
   * The first subscriber opens the connection: processes that never cache course data (the
   * worker) hold no LISTEN connection. Until it is live, subscribers must read through.
   */
  subscribe(fn: (change: CourseChange) => void): void {
    this.subscribers.add(fn);
    if (!this.client && !this.timer && !this.closing) void this.connect();
  }

  private emit(change: CourseChange): void {
    for (const fn of this.subscribers) fn(change);
  }

  private async connect(): Promise<void> {
    this.timer = null;
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    this.client = client;
    client.on('notification', (msg) => this.emit(msg.payload ?? '*'));
    const lost = (reason: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      this.live = false;
      this.emit('*');
      void client.end().catch(() => undefined);
      if (this.closing) return;
      this.log.warn(`course change feed lost (${String(reason)}); caches read through until it is back`);
      this.timer = setTimeout(() => void this.connect(), RECONNECT_MS).unref();
    };
    client.on('error', lost);
    client.on('end', () => lost('connection ended'));
    try {
      await client.connect();
      await client.query('LISTEN course_changed');
      // Anything cached before (while down) may be stale.
      this.emit('*');
      this.live = true;
    } catch (err) {
      lost(err);
    }
  }
}
