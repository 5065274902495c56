import type { LogbookView, LogEntryView, LogEvidenceView } from '@campus/contracts';
import { api } from '../../../api';
import type { LogEntryBody } from '../lib/logbook-outbox';
import { uploadWithProgress, type UploadOptions } from './evidence-upload';

const mine = (mobilityId: string) => `/me/mobilities/${encodeURIComponent(mobilityId)}/logbook`;
const entry = (mobilityId: string, entryId: string) => `${mine(mobilityId)}/${encodeURIComponent(entryId)}`;

export const logbookApi = {
  /** The participant's own logbook. */
  get: (mobilityId: string, signal?: AbortSignal) =>
    api.get<LogbookView>(mine(mobilityId), undefined, signal),
  /** Creates (201) or updates (200) the entry with the browser's id: sending it twice is harmless. */
  put: (mobilityId: string, entryId: string, body: LogEntryBody) =>
    api.request<LogEntryView>('PUT', entry(mobilityId, entryId), { body }),
  uploadEvidence: (mobilityId: string, entryId: string, file: File, options?: UploadOptions) =>
    uploadWithProgress<LogEvidenceView>(`${entry(mobilityId, entryId)}/evidence`, file, options),
  removeEvidence: (mobilityId: string, entryId: string, evidenceId: string) =>
    api.delete(`${entry(mobilityId, entryId)}/evidence/${encodeURIComponent(evidenceId)}`),
  /** A member's logbook, read-only, for the managers of the sending organisation. */
  forManager: (orgId: string, mobilityId: string, signal?: AbortSignal) =>
    api.get<LogbookView>(
      `/orgs/${encodeURIComponent(orgId)}/mobilities/${encodeURIComponent(mobilityId)}/logbook`,
      undefined,
      signal,
    ),
};
