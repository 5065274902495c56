import type { Problem } from '@campus/contracts';
import { api, ApiError, NETWORK_ERROR } from '../../../api';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Prefix of the path, `/api` like the API client's. */
  baseUrl?: string;
}

/** `fetch` cannot report upload progress, so evidence goes through XMLHttpRequest with the API client's token. */
function accessToken(): string | null {
  return api.currentAccessToken();
}

function toError(xhr: XMLHttpRequest): ApiError {
  let problem: Partial<Problem> | undefined;
  try {
    problem = JSON.parse(xhr.responseText) as Partial<Problem>;
  } catch {
    problem = undefined;
  }
  if (problem && typeof problem.code === 'string') {
    return new ApiError({ ...problem, status: xhr.status, code: problem.code, detail: problem.detail ?? '' });
  }
  return new ApiError({
    status: xhr.status,
    code: xhr.status >= 500 ? 'INTERNAL' : xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_BODY',
    detail: xhr.statusText || `HTTP ${xhr.status}`,
  });
}

function send<T>(path: string, form: FormData, token: string | null, options: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${options.baseUrl ?? '/api'}${path}`);
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    // A listener (not `upload.onprogress`) so that every implementation counts it before send().
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) options.onProgress?.({ loaded: e.loaded, total: e.total });
    });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(toError(xhr));
        }
      } else {
        reject(toError(xhr));
      }
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: 0, code: NETWORK_ERROR, detail: 'The upload did not reach Campus.' }));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/**
 * POSTs one file as multipart/form-data (`file` field) and reports upload progress. Like the API
 * client, an expired access token is renewed once and the upload sent again.
 */
export async function uploadWithProgress<T>(
  path: string,
  file: File,
  options: UploadOptions = {},
): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const token = accessToken();
  try {
    return await send<T>(path, form, token, options);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || error.code !== 'UNAUTHENTICATED') throw error;
    const renewed = accessToken() !== token ? true : await api.refresh();
    if (!renewed) throw error;
    return send<T>(path, form, accessToken(), options);
  }
}
