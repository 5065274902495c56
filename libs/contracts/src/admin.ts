import { z } from 'zod';
import { PageQuery } from './common';

export interface AdminUserView {
  id: string;
  email: string;
  name: string;
  active: boolean;
  isPlatformAdmin: boolean;
  emailVerified: boolean;
  createdAt: string;
  memberships: { organisationId: string; organisationName: string; role: string }[];
}

export const AdminUserQuery = PageQuery.extend({ q: z.string().trim().max(200).optional() });
export type AdminUserQuery = z.infer<typeof AdminUserQuery>;

export const EMAIL_STATUSES = ['queued', 'sending', 'retrying', 'sent', 'failed'] as const;
export const EmailQuery = PageQuery.extend({ status: z.enum(EMAIL_STATUSES).optional() });
export type EmailQuery = z.infer<typeof EmailQuery>;

export interface EmailMessageView {
  id: string;
  template: string;
  locale: string;
  to: string;
  subject: string;
  status: (typeof EMAIL_STATUSES)[number];
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface CapturedEmailView {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  receivedAt: string;
}

export const AuditQuery = PageQuery.extend({
  action: z.string().trim().max(100).optional(),
  actorId: z.uuid().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export interface AuditEventView {
  id: string;
  at: string;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  organisationId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface QueueView {
  name: string;
  counts: {
    waiting: number;
    active: number;
    delayed: number;
    completed: number;
    failed: number;
    paused: number;
  };
  failedJobs: {
    id: string;
    name: string;
    failedReason: string;
    attemptsMade: number;
    timestamp: string;
    data: unknown;
  }[];
}

export const UpdateSettingsRequest = z.object({ registrationEnabled: z.boolean() });
export type UpdateSettingsRequest = z.infer<typeof UpdateSettingsRequest>;
