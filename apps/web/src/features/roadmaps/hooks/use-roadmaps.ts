import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateActionRequest,
  CreateObjectiveRequest,
  CreateRoadmapRequest,
  Locale,
  ManagerEnrolRequest,
  RoadmapView,
  UpdateActionRequest,
  UpdateObjectiveRequest,
  UpdateOwnActionRequest,
} from '@campus/contracts';
import { enrolmentsApi } from '../../enrolments';
import { roadmapsApi } from '../api/roadmaps.api';
import { roadmapsKeys } from '../api/roadmaps.keys';

export function useRoadmaps(orgId: string, page: number) {
  return useQuery({ queryKey: roadmapsKeys.list(orgId, page), queryFn: () => roadmapsApi.list(orgId, page) });
}

export function useFocusAreas(orgId: string, roundId: string | null, locale: Locale) {
  return useQuery({
    queryKey: roadmapsKeys.focusAreas(orgId, roundId ?? '', locale),
    queryFn: () => roadmapsApi.focusAreas(orgId, roundId!, locale),
    enabled: roundId !== null,
  });
}

export function useCreateRoadmap(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<CreateRoadmapRequest>) => roadmapsApi.create(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roadmapsKeys.org(orgId) }),
  });
}

export function useRoadmap(orgId: string, id: string) {
  return useQuery({ queryKey: roadmapsKeys.roadmap(orgId, id), queryFn: () => roadmapsApi.get(orgId, id) });
}

export function useRoadmapProgress(orgId: string, id: string) {
  return useQuery({
    queryKey: roadmapsKeys.progress(orgId, id),
    queryFn: () => roadmapsApi.progress(orgId, id),
  });
}

export function useRecommendations(orgId: string, id: string) {
  return useQuery({
    queryKey: roadmapsKeys.recommendations(orgId, id),
    queryFn: () => roadmapsApi.recommendations(orgId, id),
  });
}

/** Every edit answers the whole roadmap: it replaces the cached one, and progress is read again. */
export function useRoadmapEdits(orgId: string, id: string) {
  const queryClient = useQueryClient();
  const saved = (roadmap: RoadmapView) => {
    queryClient.setQueryData(roadmapsKeys.roadmap(orgId, id), roadmap);
    void queryClient.invalidateQueries({ queryKey: roadmapsKeys.progress(orgId, id) });
    // The list's counts (objectives, actions, overdue) changed too.
    void queryClient.invalidateQueries({ queryKey: [...roadmapsKeys.org(orgId), 'list'] });
  };
  return {
    addObjective: useMutation({
      mutationFn: (body: Partial<CreateObjectiveRequest>) => roadmapsApi.addObjective(orgId, id, body),
      onSuccess: saved,
    }),
    updateObjective: useMutation({
      mutationFn: ({ objectiveId, body }: { objectiveId: string; body: UpdateObjectiveRequest }) =>
        roadmapsApi.updateObjective(orgId, id, objectiveId, body),
      onSuccess: saved,
    }),
    removeObjective: useMutation({
      mutationFn: (objectiveId: string) => roadmapsApi.removeObjective(orgId, id, objectiveId),
      onSuccess: saved,
    }),
    addAction: useMutation({
      mutationFn: ({ objectiveId, body }: { objectiveId: string; body: Partial<CreateActionRequest> }) =>
        roadmapsApi.addAction(orgId, id, objectiveId, body),
      onSuccess: saved,
    }),
    updateAction: useMutation({
      mutationFn: ({ actionId, body }: { actionId: string; body: UpdateActionRequest }) =>
        roadmapsApi.updateAction(orgId, id, actionId, body),
      onSuccess: saved,
    }),
    removeAction: useMutation({
      mutationFn: (actionId: string) => roadmapsApi.removeAction(orgId, id, actionId),
      onSuccess: saved,
    }),
  };
}

/** Enrols members through the manager enrolment API; the recommendations' counts are read again. */
export function useEnrolFromRoadmap(orgId: string, roadmapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ManagerEnrolRequest) => enrolmentsApi.enrol(orgId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: roadmapsKeys.recommendations(orgId, roadmapId) }),
  });
}

export function useRoadmapPdf(orgId: string, id: string) {
  return useMutation({ mutationFn: () => roadmapsApi.pdf(orgId, id) });
}

export function useMyActions() {
  return useQuery({ queryKey: roadmapsKeys.mine(), queryFn: () => roadmapsApi.myActions() });
}

export function useUpdateMyAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ actionId, body }: { actionId: string; body: UpdateOwnActionRequest }) =>
      roadmapsApi.updateMyAction(actionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roadmapsKeys.mine() }),
  });
}
