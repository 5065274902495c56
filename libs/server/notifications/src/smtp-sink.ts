import type { AddressObject } from 'mailparser';
import type { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { CapturedEmail } from '@campus/server-db';

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * The demo SMTP sink: accepts any mail on localhost and stores it in `captured_emails`, where
 * admins read it in the web app. Only started in demo mode when no SMTP server is configured.
 */
export async function startSmtpSink(ds: DataSource, port: number, host = '127.0.0.1'): Promise<SMTPServer> {
  // Loaded here, not with this lib: only a demo worker runs the sink, and the api imports the lib.
  const [{ SMTPServer }, { simpleParser }] = await Promise.all([import('smtp-server'), import('mailparser')]);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          await ds.getRepository(CapturedEmail).insert({
            fromAddress: addresses(mail.from).join(', '),
            toAddresses: addresses(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : null,
          });
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean);
}
