import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LogbookView, LogEntryView, LogEvidenceView } from '@campus/contracts';
import { logbookApi } from '../api/logbook.api';
import { logbookKeys } from '../api/logbook.keys';
import type { UploadProgress } from '../api/evidence-upload';
import { logbookCacheKey, readCachedLogbook, writeCachedLogbook } from '../lib/logbook-cache';

function deviceStorage(): Storage {
  return globalThis.localStorage;
}

/**
 * The participant's logbook. The last answer is kept on the device and shown at once (and when
 * there is no connection at all); the server's answer replaces it as soon as it arrives.
 */
export function useMyLogbook(userId: string, mobilityId: string) {
  const cacheKey = logbookCacheKey(userId, mobilityId);
  // Read once, when the query is created (not on every render).
  const cached = () => readCachedLogbook(deviceStorage(), cacheKey);
  return useQuery({
    queryKey: logbookKeys.mine(mobilityId),
    queryFn: async ({ signal }) => {
      const view = await logbookApi.get(mobilityId, signal);
      writeCachedLogbook(deviceStorage(), cacheKey, { view, fetchedAt: new Date().toISOString() });
      return view;
    },
    initialData: () => cached()?.view,
    initialDataUpdatedAt: () => {
      const at = cached()?.fetchedAt;
      return at ? Date.parse(at) : undefined;
    },
    // The device's copy is only a stand-in: always ask the server when the page opens.
    staleTime: 0,
  });
}

/** Puts entries the server just stored into the shown logbook (and the device's copy). */
export function mergeSavedEntries(
  queryClient: QueryClient,
  userId: string,
  mobilityId: string,
  saved: readonly LogEntryView[],
): void {
  if (!saved.length) return;
  const next = queryClient.setQueryData<LogbookView>(logbookKeys.mine(mobilityId), (view) => {
    if (!view) return view;
    const byId = new Map(view.entries.map((e) => [e.id, e]));
    for (const e of saved) byId.set(e.id, e);
    const entries = [...byId.values()].sort((a, b) => a.date.localeCompare(b.date));
    return { ...view, entries };
  });
  if (next) {
    writeCachedLogbook(deviceStorage(), logbookCacheKey(userId, mobilityId), {
      view: next,
      fetchedAt: new Date().toISOString(),
    });
  }
}

function updateEntry(
  queryClient: QueryClient,
  mobilityId: string,
  entryId: string,
  change: (entry: LogEntryView) => LogEntryView,
): void {
  queryClient.setQueryData<LogbookView>(logbookKeys.mine(mobilityId), (view) =>
    view ? { ...view, entries: view.entries.map((e) => (e.id === entryId ? change(e) : e)) } : view,
  );
}

export function useUploadEvidence(
  mobilityId: string,
  entryId: string,
  onProgress: (p: UploadProgress) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => logbookApi.uploadEvidence(mobilityId, entryId, file, { onProgress }),
    onSuccess: (evidence: LogEvidenceView) => {
      updateEntry(queryClient, mobilityId, entryId, (e) => ({ ...e, evidence: [...e.evidence, evidence] }));
      return queryClient.invalidateQueries({ queryKey: logbookKeys.mine(mobilityId) });
    },
  });
}

export function useRemoveEvidence(mobilityId: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => logbookApi.removeEvidence(mobilityId, entryId, evidenceId),
    onSuccess: (_void, evidenceId) => {
      updateEntry(queryClient, mobilityId, entryId, (e) => ({
        ...e,
        evidence: e.evidence.filter((x) => x.evidenceId !== evidenceId),
      }));
      return queryClient.invalidateQueries({ queryKey: logbookKeys.mine(mobilityId) });
    },
  });
}

/** A member's logbook for the managers of the sending organisation (read-only). */
export function useOrgLogbook(orgId: string, mobilityId: string) {
  return useQuery({
    queryKey: logbookKeys.org(orgId, mobilityId),
    queryFn: ({ signal }) => logbookApi.forManager(orgId, mobilityId, signal),
  });
}
