import type {
  AdminUserView,
  AuditEventView,
  CapturedEmailView,
  CreateOrganisationRequest,
  EmailMessageView,
  EMAIL_STATUSES,
  OrganisationView,
  Page,
  PublicSettings,
  QueueView,
  UpdateOrganisationRequest,
  UpdateSettingsRequest,
} from '@campus/contracts';
import { api } from '../../../api';

export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export const PAGE_SIZE = 25;

export const adminApi = {
  organisations: () => api.get<OrganisationView[]>('/admin/organisations'),
  createOrganisation: (body: CreateOrganisationRequest) =>
    api.post<OrganisationView>('/admin/organisations', body),
  updateOrganisation: (id: string, body: UpdateOrganisationRequest) =>
    api.patch<OrganisationView>(`/admin/organisations/${encodeURIComponent(id)}`, body),
  users: (q: { q?: string; page: number }) =>
    api.get<Page<AdminUserView>>('/admin/users', { ...q, pageSize: PAGE_SIZE }),
  setUserActive: (id: string, active: boolean) =>
    api.post<void>(`/admin/users/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`),
  emails: (q: { status?: EmailStatus; page: number }) =>
    api.get<Page<EmailMessageView>>('/admin/emails', { ...q, pageSize: PAGE_SIZE }),
  retryEmail: (id: string) => api.post<EmailMessageView>(`/admin/emails/${encodeURIComponent(id)}/retry`),
  capturedEmails: (q: { page: number }) =>
    api.get<Page<CapturedEmailView>>('/admin/captured-emails', { ...q, pageSize: PAGE_SIZE }),
  capturedEmail: (id: string) =>
    api.get<CapturedEmailView>(`/admin/captured-emails/${encodeURIComponent(id)}`),
  queues: () => api.get<QueueView[]>('/admin/queues'),
  retryJob: (queue: string, jobId: string) =>
    api.post<void>(`/admin/queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(jobId)}/retry`),
  audit: (q: { action?: string; page: number }) =>
    api.get<Page<AuditEventView>>('/admin/audit', { ...q, pageSize: PAGE_SIZE }),
  settings: () => api.get<PublicSettings>('/admin/settings'),
  updateSettings: (body: UpdateSettingsRequest) => api.patch<PublicSettings>('/admin/settings', body),
};
