import type {
  CreateFrameworkRequest,
  FrameworkAdminView,
  FrameworkContent,
  FrameworkSummaryView,
  Locale,
  PublishedFrameworkSummaryView,
  PublishedFrameworkView,
} from '@campus/contracts';
import { api } from '../../../api';

const admin = (id: string) => `/admin/frameworks/${encodeURIComponent(id)}`;

export const frameworksApi = {
  /** Published frameworks, for anyone signed in (e.g. a manager opening a round). */
  published: (locale?: Locale) => api.get<PublishedFrameworkSummaryView[]>('/frameworks', { locale }),
  version: (versionId: string, locale?: Locale) =>
    api.get<PublishedFrameworkView>(`/frameworks/versions/${encodeURIComponent(versionId)}`, { locale }),
  list: () => api.get<FrameworkSummaryView[]>('/admin/frameworks'),
  get: (id: string) => api.get<FrameworkAdminView>(admin(id)),
  create: (body: CreateFrameworkRequest) => api.post<FrameworkAdminView>('/admin/frameworks', body),
  saveDraft: (id: string, content: FrameworkContent) =>
    api.request<FrameworkAdminView>('PUT', `${admin(id)}/draft`, { body: { content } }),
  discardDraft: (id: string) => api.delete(`${admin(id)}/draft`),
  publish: (id: string) => api.post<FrameworkAdminView>(`${admin(id)}/publish`),
};
