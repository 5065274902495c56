import nodemailer, { type Transporter } from 'nodemailer';

/** One SMTP transport per process; `smtp://user:pass@host:port` or `smtps://…` from config. */
export function createTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}
