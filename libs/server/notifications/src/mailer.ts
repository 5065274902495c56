import nodemailer, { type Transporter } from 'nodemailer';

/**
 * One SMTP transport per process; `smtp://user:pass@host:port` or `smtps://…` from config. It keeps
 * up to `connections` SMTP connections open and sends message after message on them, instead of
 * a connection (TCP, TLS, EHLO, login) per message: a course cohort's certificates are a burst of
 * mail. Whoever creates it closes it, or its open connections keep the process alive.
 */
export function createTransport(smtpUrl: string, connections: number): Transporter {
  return nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: connections });
}
