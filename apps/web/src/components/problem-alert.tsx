import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert } from '@campus/web-ui';
import { ApiError, NETWORK_ERROR, type ClientErrorCode } from '../api';

/** Codes whose translated message says all there is; for the others the API's detail adds specifics. */
const SELF_EXPLANATORY = new Set<ClientErrorCode>([
  NETWORK_ERROR,
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'EMAIL_NOT_VERIFIED',
  'RATE_LIMITED',
  'SIGN_IN_SLOWED_DOWN',
  'INVALID_TOKEN',
  'REGISTRATION_CLOSED',
  'UNAUTHENTICATED',
  'INVALID_REFRESH_TOKEN',
  'ALREADY_MEMBER',
  'WRONG_PASSWORD',
  'INVITATION_REQUIRES_SIGN_IN',
  'LAST_MANAGER',
]);

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    status: 0,
    code: 'INTERNAL',
    detail: error instanceof Error ? error.message : String(error),
  });
}

/** The message for an error code in the UI language. */
export function problemMessage(error: unknown, t: TFunction<'common'>): string {
  const e = toApiError(error);
  return t(`errors.${e.code}`, { seconds: e.retryAfter ?? 60 });
}

/** The API's own explanation when it adds something to the translated message. */
export function problemDetail(error: unknown): string | undefined {
  const e = toApiError(error);
  return SELF_EXPLANATORY.has(e.code) ? undefined : e.detail;
}

export interface ProblemAlertProps {
  error: unknown;
  /** Replaces the generic message of some codes, e.g. a form-specific wording. */
  messages?: Partial<Record<ClientErrorCode, ReactNode>>;
  children?: ReactNode;
}

/** Shows an API failure: the message for its code, the API's detail, and the request id of a 500. */
export function ProblemAlert({ error, messages, children }: ProblemAlertProps) {
  const { t } = useTranslation('common');
  const e = toApiError(error);
  const detail = problemDetail(e);
  return (
    <Alert tone="error" title={messages?.[e.code] ?? problemMessage(e, t)}>
      {detail && <p>{detail}</p>}
      {e.code === 'INTERNAL' && e.requestId && (
        <p className="ui-muted">{t('errors.reference', { id: e.requestId })}</p>
      )}
      {children}
    </Alert>
  );
}
