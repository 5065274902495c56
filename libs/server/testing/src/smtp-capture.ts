import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
}

/**
 * A real SMTP server in the test process. `listen(port?)` can be called again after `close()`
 * to simulate the mail server coming back on the same port.
 */
export class SmtpCapture {
  readonly mails: CapturedMail[] = [];
  private server?: SMTPServer;
  port = 0;

  async listen(port = 0): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((m: ParsedMail) => {
            const to = (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) =>
              a.value.map((v) => v.address ?? ''),
            );
            this.mails.push({
              to,
              subject: m.subject ?? '',
              text: m.text ?? '',
              messageId: m.messageId ?? '',
            });
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this.port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Waits until a mail to `address` arrives (polling), or fails after `timeoutMs`. */
  async waitFor(
    address: string,
    timeoutMs = 10_000,
    predicate: (m: CapturedMail) => boolean = () => true,
  ): Promise<CapturedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.mails.find((m) => m.to.includes(address.toLowerCase()) && predicate(m));
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`No mail to ${address} within ${timeoutMs} ms (got ${this.mails.length} others)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  mailsTo(address: string): CapturedMail[] {
    return this.mails.filter((m) => m.to.includes(address.toLowerCase()));
  }
}

/** The first link in a mail whose path starts with `path`, e.g. `/accept-invitation`. */
export function linkIn(mail: CapturedMail, path: string): URL {
  const match = mail.text.match(new RegExp(`https?://\\S+${path.replace(/[/.?]/g, '\\$&')}\\S*`));
  if (!match) throw new Error(`No ${path} link in mail "${mail.subject}":\n${mail.text}`);
  return new URL(match[0]);
}
