import type { Transporter } from 'nodemailer';

/**
 * One SMTP transport per process; `smtp://user:pass@host:port` or `smtps://…` from config.
 * nodemailer loads here, not with this lib: the api imports the lib but never sends mail.
 */
export async function createTransport(smtpUrl: string): Promise<Transporter> {
  const { default: nodemailer } = await import('nodemailer');
  return nodemailer.createTransport(smtpUrl);
}
