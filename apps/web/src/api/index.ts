import { ApiClient } from './http-client';

export { ApiClient, type SessionSnapshot, type SessionStatus, type RequestOptions } from './http-client';
export { ApiError, isApiError, NETWORK_ERROR, type ClientErrorCode } from './api-error';

/** The app's single client: one token, one refresh in flight. */
export const api = new ApiClient();
