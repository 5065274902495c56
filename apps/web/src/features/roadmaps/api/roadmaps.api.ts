import type {
  CreateActionRequest,
  CreateObjectiveRequest,
  CreateRoadmapRequest,
  FocusAreasView,
  Locale,
  MyRoadmapActionView,
  Page,
  RoadmapProgressView,
  RoadmapRecommendationsView,
  RoadmapSummaryView,
  RoadmapView,
  UpdateActionRequest,
  UpdateObjectiveRequest,
  UpdateOwnActionRequest,
  UpdateRoadmapRequest,
} from '@campus/contracts';
import { api } from '../../../api';

const roadmaps = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/roadmaps`;
const roadmap = (orgId: string, id: string) => `${roadmaps(orgId)}/${encodeURIComponent(id)}`;

/** Request bodies as the forms send them: defaults are filled by the API's schemas. */
type Input<T> = Partial<T>;

export const roadmapsApi = {
  list: (orgId: string, page: number) =>
    api.get<Page<RoadmapSummaryView>>(roadmaps(orgId), { page, pageSize: 25 }),
  focusAreas: (orgId: string, roundId: string, locale: Locale) =>
    api.get<FocusAreasView>(`${roadmaps(orgId)}/focus-areas`, { roundId, locale }),
  create: (orgId: string, body: Input<CreateRoadmapRequest>) => api.post<RoadmapView>(roadmaps(orgId), body),
  get: (orgId: string, id: string) => api.get<RoadmapView>(roadmap(orgId, id)),
  update: (orgId: string, id: string, body: UpdateRoadmapRequest) =>
    api.patch<RoadmapView>(roadmap(orgId, id), body),
  remove: (orgId: string, id: string) => api.delete(roadmap(orgId, id)),
  progress: (orgId: string, id: string) => api.get<RoadmapProgressView>(`${roadmap(orgId, id)}/progress`),
  recommendations: (orgId: string, id: string) =>
    api.get<RoadmapRecommendationsView>(`${roadmap(orgId, id)}/recommendations`),
  pdf: (orgId: string, id: string) => api.blob(`${roadmap(orgId, id)}/roadmap.pdf`),
  addObjective: (orgId: string, id: string, body: Input<CreateObjectiveRequest>) =>
    api.post<RoadmapView>(`${roadmap(orgId, id)}/objectives`, body),
  updateObjective: (orgId: string, id: string, objectiveId: string, body: UpdateObjectiveRequest) =>
    api.patch<RoadmapView>(`${roadmap(orgId, id)}/objectives/${encodeURIComponent(objectiveId)}`, body),
  removeObjective: (orgId: string, id: string, objectiveId: string) =>
    api.delete<RoadmapView>(`${roadmap(orgId, id)}/objectives/${encodeURIComponent(objectiveId)}`),
  addAction: (orgId: string, id: string, objectiveId: string, body: Input<CreateActionRequest>) =>
    api.post<RoadmapView>(
      `${roadmap(orgId, id)}/objectives/${encodeURIComponent(objectiveId)}/actions`,
      body,
    ),
  updateAction: (orgId: string, id: string, actionId: string, body: UpdateActionRequest) =>
    api.patch<RoadmapView>(`${roadmap(orgId, id)}/actions/${encodeURIComponent(actionId)}`, body),
  removeAction: (orgId: string, id: string, actionId: string) =>
    api.delete<RoadmapView>(`${roadmap(orgId, id)}/actions/${encodeURIComponent(actionId)}`),
  myActions: () => api.get<MyRoadmapActionView[]>('/me/roadmap-actions'),
  updateMyAction: (actionId: string, body: UpdateOwnActionRequest) =>
    api.patch<MyRoadmapActionView>(`/me/roadmap-actions/${encodeURIComponent(actionId)}`, body),
};
