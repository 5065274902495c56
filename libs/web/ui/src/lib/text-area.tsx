import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy, FieldLabel, FieldMessages } from './field';

export interface TextAreaProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the field and announced with it; also marks the textarea aria-invalid. */
  error?: ReactNode;
  id?: string;
  /** Monospaced text, e.g. for Markdown. */
  code?: boolean;
}

export function TextArea({
  label,
  hint,
  error,
  id,
  className,
  required,
  code,
  rows = 4,
  ...rest
}: TextAreaProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={cx('ui-field', className)}>
      <FieldLabel htmlFor={inputId} required={required}>
        {label}
      </FieldLabel>
      <textarea
        {...rest}
        id={inputId}
        rows={rows}
        className={cx('ui-input', 'ui-textarea', code && 'ui-textarea--code')}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error, rest['aria-describedby'])}
      />
      <FieldMessages id={inputId} hint={hint} error={error} />
    </div>
  );
}
