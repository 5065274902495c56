import type {
  ChangeMobilityStatusRequest,
  CreateMobilityRequest,
  MobilityListQuery,
  MobilityStatusChangeView,
  MobilityView,
  Page,
  UpdateMobilityRequest,
} from '@campus/contracts';
import { api } from '../../../api';

export const MOBILITIES_PAGE_SIZE = 25;

/** The list's filters as the URL gives them; the page size is the feature's own. */
export type MobilityListFilter = Partial<Omit<MobilityListQuery, 'page' | 'pageSize'>>;

const base = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/mobilities`;
const one = (orgId: string, id: string) => `${base(orgId)}/${encodeURIComponent(id)}`;

export const mobilitiesApi = {
  list: (orgId: string, query: MobilityListFilter & { page?: number }, signal?: AbortSignal) =>
    api.get<Page<MobilityView>>(base(orgId), { pageSize: MOBILITIES_PAGE_SIZE, ...query }, signal),
  get: (orgId: string, id: string, signal?: AbortSignal) =>
    api.get<MobilityView>(one(orgId, id), undefined, signal),
  create: (orgId: string, body: CreateMobilityRequest) => api.post<MobilityView>(base(orgId), body),
  update: (orgId: string, id: string, body: UpdateMobilityRequest) =>
    api.patch<MobilityView>(one(orgId, id), body),
  changeStatus: (orgId: string, id: string, body: ChangeMobilityStatusRequest) =>
    api.post<MobilityView>(`${one(orgId, id)}/status`, body),
  history: (orgId: string, id: string, signal?: AbortSignal) =>
    api.get<MobilityStatusChangeView[]>(`${one(orgId, id)}/history`, undefined, signal),
  /** The signed-in person's own mobilities, in every organisation. */
  mine: (signal?: AbortSignal) => api.get<MobilityView[]>('/me/mobilities', undefined, signal),
};
