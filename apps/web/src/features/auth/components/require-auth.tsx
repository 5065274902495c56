import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Spinner } from '@campus/web-ui';
import { useSession } from '../hooks/use-session';

/** Waits for the start-up refresh, then shows the children to signed-in people and sends others to sign in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const { status, signedOutByUser } = useSession();
  const location = useLocation();
  if (status === 'unknown') return <FullPageSpinner label={t('state.restoringSession')} />;
  if (status === 'signed-out') {
    const next = location.pathname + location.search;
    const to = signedOutByUser || next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return <>{children}</>;
}

export function FullPageSpinner({ label }: { label: string }) {
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spinner label={label} size="large" />
    </div>
  );
}
