import type { CertificateVerification, FileVerification, MyCertificate } from '@campus/contracts';
import { api, isApiError } from '../../../api';

/** What the public checker is given: an uploaded file, or a pasted VC-JWT. */
export type CredentialInput = { file: File } | { jwt: string };

/**
 * The API hands out download links as `/api/…` paths (or absolute URLs on the same origin); the client
 * adds `/api` itself, so only the part after it is passed on.
 */
export function apiRelativePath(link: string): string {
  const url = new URL(link, globalThis.location?.origin ?? 'http://localhost');
  const path = url.pathname.startsWith('/api/') ? url.pathname.slice('/api'.length) : url.pathname;
  return path + url.search;
}

export const certificatesApi = {
  /** Public. An unknown code answers `unknown`; a 404 is read the same way. */
  verify: async (code: string, signal?: AbortSignal): Promise<CertificateVerification> => {
    try {
      return await api.get<CertificateVerification>(`/verify/${encodeURIComponent(code)}`, undefined, signal);
    } catch (e) {
      if (isApiError(e, 'NOT_FOUND')) return { status: 'unknown' };
      throw e;
    }
  },
  verifyCredential: (input: CredentialInput): Promise<FileVerification> => {
    if ('jwt' in input) return api.post<FileVerification>('/verify', { jwt: input.jwt });
    const form = new FormData();
    form.append('file', input.file);
    return api.upload<FileVerification>('/verify', form);
  },
  mine: () => api.get<MyCertificate[]>('/me/certificates'),
  download: (link: string) => api.blob(apiRelativePath(link)),
};
