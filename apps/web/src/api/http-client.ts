import type { CurrentUser, LoginResponse, Problem } from '@campus/contracts';
import { ApiError, NETWORK_ERROR } from './api-error';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

export interface SessionSnapshot {
  /** `unknown` until the first silent refresh on start has answered. */
  status: SessionStatus;
  user: CurrentUser | null;
  /** True after the person signed out themselves (not when a session expired or was revoked). */
  signedOutByUser?: boolean;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** JSON, or FormData sent as multipart/form-data. */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** The Accept header; JSON unless a file is asked for. */
  accept?: string;
  /** More headers, e.g. the host mentor's `X-Mentor-Token` (a credential that must stay out of URLs). */
  headers?: Record<string, string>;
}

/** The subset of the Web Locks API used to serialise refreshes across tabs. */
interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface ApiClientOptions {
  /** Prefix of every path, `/api` by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Web Locks; defaults to navigator.locks where the browser has it. Pass null to disable. */
  locks?: LockManagerLike | null;
}

const REFRESH_LOCK = 'campus-auth-refresh';

/**
 * The one way the web app talks to the API.
 *
 * Invariants:
 * - The access token lives only in this object's memory (never in storage); the refresh token is an
 *   httpOnly cookie the browser sends to /api/auth.
 * - Refresh tokens are single-use with reuse detection, so at most one refresh request is in flight:
 *   concurrent callers share one promise, and other tabs wait on a Web Lock.
 * - A request that fails with 401 UNAUTHENTICATED is retried once after a refresh.
 */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly locks: LockManagerLike | null;
  private accessToken: string | null = null;
  private snapshot: SessionSnapshot = { status: 'unknown', user: null };
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<boolean> | null = null;
  private restoring: Promise<boolean> | null = null;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '/api';
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const browserLocks =
      typeof navigator !== 'undefined' ? (navigator as { locks?: LockManagerLike }).locks : undefined;
    this.locks = options.locks === undefined ? (browserLocks ?? null) : options.locks;
  }

  // ---- session store (read by React through useSyncExternalStore) ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  private publish(next: SessionSnapshot): void {
    this.snapshot = next;
    for (const l of this.listeners) l();
  }

  /** After sign-in, accepting an invitation or changing the password: a new session. */
  setSession(session: LoginResponse): void {
    this.accessToken = session.accessToken;
    this.publish({ status: 'signed-in', user: session.user });
  }

  updateUser(user: CurrentUser): void {
    if (this.snapshot.status === 'signed-in') this.publish({ status: 'signed-in', user });
  }

  /** `byUser`: the person signed out; otherwise the session ended (expired, revoked, never there). */
  clearSession(byUser = false): void {
    this.accessToken = null;
    if (this.snapshot.status !== 'signed-out' || this.snapshot.user || byUser) {
      this.publish({ status: 'signed-out', user: null, signedOutByUser: byUser || undefined });
    }
  }

  hasAccessToken(): boolean {
    return this.accessToken !== null;
  }

  /**
   * The current access token, for the one transport `fetch` cannot serve: uploads that report
   * their progress (XMLHttpRequest). Read it per request; never store it.
   */
  currentAccessToken(): string | null {
    return this.accessToken;
  }

  // ---- refresh ----

  /**
   * Exchanges the refresh cookie for a new access token. Resolves true when signed in, false when
   * the cookie is missing, expired or revoked (the session is then cleared). Callers that arrive
   * while a refresh runs get the same promise.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.runRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** The silent sign-in on start; runs once however often it is called (StrictMode mounts twice). */
  restoreSession(): Promise<boolean> {
    this.restoring ??= this.refresh().catch(() => {
      this.clearSession();
      return false;
    });
    return this.restoring;
  }

  private runRefresh(): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      const res = await this.send('POST', '/auth/refresh', {}, null);
      if (res.ok) {
        this.setSession((await res.json()) as LoginResponse);
        return true;
      }
      if (res.status === 400 || res.status === 401) {
        this.clearSession();
        return false;
      }
      throw await toApiError(res);
    };
    return this.locks ? this.locks.request(REFRESH_LOCK, run) : run();
  }

  // ---- requests ----

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const res = await this.sendWithRefresh(method, path, options);
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A file the API sends (e.g. a CSV export), with the bearer token like any other request. */
  async blob(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<Blob> {
    const res = await this.sendWithRefresh('GET', path, { query, signal, accept: '*/*' });
    return res.blob();
  }

  /** Sends once, refreshes and retries once on an expired token; rejects with ApiError unless ok. */
  private async sendWithRefresh(method: string, path: string, options: RequestOptions): Promise<Response> {
    const token = this.accessToken;
    let res = await this.send(method, path, options, token);
    if (res.status === 401 && token !== null && (await peekCode(res)) === 'UNAUTHENTICATED') {
      // Another request may have refreshed meanwhile: then just use its token.
      const renewed = this.accessToken !== null && this.accessToken !== token ? true : await this.refresh();
      if (!renewed) throw await toApiError(res);
      res = await this.send(method, path, options, this.accessToken);
    }
    if (!res.ok) throw await toApiError(res);
    return res;
  }

  get<T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', path, { query, signal });
  }
  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, { body });
  }
  patch<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PATCH', path, { body });
  }
  delete<T = void>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }
  /** multipart/form-data (e.g. a file upload); the browser writes the Content-Type with its boundary. */
  upload<T>(path: string, form: FormData, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T> {
    return this.request<T>('POST', path, { body: form, query, signal });
  }

  private async send(
    method: string,
    path: string,
    { body, query, signal, accept = 'application/json', headers: extra }: RequestOptions,
    token: string | null,
  ): Promise<Response> {
    const headers: Record<string, string> = { ...extra, Accept: accept };
    const multipart = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await this.fetchImpl(this.baseUrl + path + queryString(query), {
        method,
        headers,
        body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
        credentials: 'same-origin',
        signal,
      });
    } catch (err) {
      if ((err as { name?: string })?.name === 'AbortError') throw err;
      throw new ApiError({
        status: 0,
        code: NETWORK_ERROR,
        detail: err instanceof Error ? err.message : String(err),
      });
    }
  }
}

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Reads the problem code without consuming the body of the response. */
async function peekCode(res: Response): Promise<string | undefined> {
  try {
    return ((await res.clone().json()) as Partial<Problem>).code;
  } catch {
    return undefined;
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  let problem: Partial<Problem> | undefined;
  try {
    problem = (await res.clone().json()) as Partial<Problem>;
  } catch {
    problem = undefined;
  }
  if (problem && typeof problem.code === 'string') {
    return new ApiError({
      ...problem,
      status: res.status,
      code: problem.code,
      detail: problem.detail ?? res.statusText,
    });
  }
  const retryAfter = Number(res.headers.get('Retry-After')) || undefined;
  return new ApiError({
    status: res.status,
    code: res.status === 429 ? 'RATE_LIMITED' : res.status >= 500 ? 'INTERNAL' : 'MALFORMED_BODY',
    detail: res.statusText || `HTTP ${res.status}`,
    retryAfter,
  });
}
