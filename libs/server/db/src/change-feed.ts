import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/** What changed (a payload the trigger sends, e.g. an id), or '*': anything may have changed. */
export type Change = string;

const RECONNECT_MS = 1000;

/**
 * PostgreSQL LISTEN on one channel, which triggers notify at commit. Caches may serve data without
 * asking the database only while `live` is true: when the connection drops, subscribers are told
 * '*' and must read through until it is back (and are told '*' again then, as changes may have
 * been missed meanwhile).
 *
 * The first subscriber opens the connection: processes that never cache (the worker) hold none.
 */
export class ChangeFeed {
  private readonly log: Logger;
  private readonly subscribers = new Set<(change: Change) => void>();
  private client: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closing = false;
  live = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
  ) {
    this.log = new Logger(`ChangeFeed:${channel}`);
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    this.live = false;
    await this.client?.end().catch(() => undefined);
  }

  subscribe(fn: (change: Change) => void): void {
    this.subscribers.add(fn);
    if (!this.client && !this.timer && !this.closing) void this.connect();
  }

  private emit(change: Change): void {
    for (const fn of this.subscribers) fn(change);
  }

  private async connect(): Promise<void> {
    this.timer = null;
    const client = new Client({ connectionString: this.databaseUrl });
    this.client = client;
    client.on('notification', (msg) => this.emit(msg.payload ?? '*'));
    const lost = (reason: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      this.live = false;
      this.emit('*');
      void client.end().catch(() => undefined);
      if (this.closing) return;
      this.log.warn(`${this.channel} feed lost (${String(reason)}); caches read through until it is back`);
      this.timer = setTimeout(() => void this.connect(), RECONNECT_MS).unref();
    };
    client.on('error', lost);
    client.on('end', () => lost('connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      // Anything cached before (while down) may be stale.
      this.emit('*');
      this.live = true;
    } catch (err) {
      lost(err);
    }
  }
}
