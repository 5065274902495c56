import type { ReactNode } from 'react';

/** Ids of the hint and error texts of a field, joined for aria-describedby. */
export function describedBy(
  id: string,
  hint: ReactNode,
  error: ReactNode,
  extra?: string,
): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface FieldMessagesProps {
  id: string;
  hint?: ReactNode;
  error?: ReactNode;
}

export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} className="ui-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="ui-error">
          {error}
        </span>
      )}
    </>
  );
}

export function FieldLabel({
  htmlFor,
  required,
  children,
}: {
  htmlFor: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} className="ui-label">
      {children}
      {required && (
        <span className="ui-required" aria-hidden="true">
          *
        </span>
      )}
    </label>
  );
}
