import type { ComponentProps, ReactNode } from 'react';
import { cx } from './class-names';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps extends Omit<ComponentProps<'div'>, 'title'> {
  tone?: AlertTone;
  title?: ReactNode;
}

/**
 * Errors interrupt (role="alert"); other messages are polite (role="status").
 * Render it when the message appears so that screen readers announce it.
 */
export function Alert({ tone = 'info', title, className, children, ...rest }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx('ui-alert', `ui-alert--${tone}`, className)}
      {...rest}
    >
      {title && <p className="ui-alert__title">{title}</p>}
      {children}
    </div>
  );
}
