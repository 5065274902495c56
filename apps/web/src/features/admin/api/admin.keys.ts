import type { EmailStatus } from './admin.api';

/** Query keys of the admin feature. */
export const adminKeys = {
  all: ['admin'] as const,
  organisations: () => [...adminKeys.all, 'organisations'] as const,
  users: (q: { q?: string; page: number }) => [...adminKeys.all, 'users', q] as const,
  usersAll: () => [...adminKeys.all, 'users'] as const,
  emails: (q: { status?: EmailStatus; page: number }) => [...adminKeys.all, 'emails', q] as const,
  emailsAll: () => [...adminKeys.all, 'emails'] as const,
  capturedEmails: (page: number) => [...adminKeys.all, 'captured-emails', page] as const,
  capturedEmail: (id: string) => [...adminKeys.all, 'captured-email', id] as const,
  queues: () => [...adminKeys.all, 'queues'] as const,
  audit: (q: { action?: string; page: number }) => [...adminKeys.all, 'audit', q] as const,
  settings: () => [...adminKeys.all, 'settings'] as const,
};
