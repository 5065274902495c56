import type { ReactNode } from 'react';
import { Button } from './button';

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}

export function EmptyState({ title, children, actions }: EmptyStateProps) {
  return (
    <div className="ui-state">
      <p className="ui-state__title">{title}</p>
      {children && <div>{children}</div>}
      {actions && <div className="ui-state__actions">{actions}</div>}
    </div>
  );
}

export interface ErrorStateProps {
  title: ReactNode;
  /** What went wrong, in words the reader can act on. */
  message?: ReactNode;
  onRetry?: () => void;
  retryLabel?: string;
  retrying?: boolean;
}

export function ErrorState({ title, message, onRetry, retryLabel, retrying }: ErrorStateProps) {
  return (
    <div className="ui-state" role="alert">
      <p className="ui-state__title">{title}</p>
      {message && <p>{message}</p>}
      {onRetry && retryLabel && (
        <div className="ui-state__actions">
          <Button variant="secondary" onClick={onRetry} loading={retrying}>
            {retryLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
