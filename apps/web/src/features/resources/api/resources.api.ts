import type {
  CreateResourceRequest,
  FileRef,
  MyResourceView,
  Page,
  ResourceDetailView,
  ResourceReviewItem,
  ResourceSearchPage,
  ResourceSearchQuery,
  ResourceVersionFields,
} from '@campus/contracts';
import { api } from '../../../api';

export const LIBRARY_PAGE_SIZE = 12;

const resource = (id: string) => `/resources/${encodeURIComponent(id)}`;
const review = (versionId: string) => `/admin/resource-reviews/${encodeURIComponent(versionId)}`;

export const resourcesApi = {
  search: (query: Partial<ResourceSearchQuery>, signal?: AbortSignal) =>
    api.get<ResourceSearchPage>('/resources', { pageSize: LIBRARY_PAGE_SIZE, ...query }, signal),
  detail: (id: string) => api.get<ResourceDetailView>(resource(id)),
  mine: (page: number) => api.get<Page<MyResourceView>>('/resources/mine', { page, pageSize: 50 }),
  create: (body: CreateResourceRequest) => api.post<ResourceDetailView>('/resources', body),
  saveDraft: (id: string, body: ResourceVersionFields) =>
    api.request<ResourceDetailView>('PUT', `${resource(id)}/draft`, { body }),
  submit: (id: string) => api.post<ResourceDetailView>(`${resource(id)}/submit`),
  withdrawSubmission: (id: string) => api.post<ResourceDetailView>(`${resource(id)}/withdraw-submission`),
  upload: (organisationId: string, file: File, signal?: AbortSignal) => {
    const form = new FormData();
    form.append('file', file);
    return api.upload<FileRef>('/resources/files', form, { organisationId }, signal);
  },
  reviews: () => api.get<ResourceReviewItem[]>('/admin/resource-reviews'),
  publish: (versionId: string) => api.post<ResourceDetailView>(`${review(versionId)}/publish`),
  reject: (versionId: string, note: string) =>
    api.post<ResourceDetailView>(`${review(versionId)}/reject`, { note }),
  withdraw: (id: string) =>
    api.post<ResourceDetailView>(`/admin/resources/${encodeURIComponent(id)}/withdraw`),
};
