import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy, FieldLabel, FieldMessages } from './field';

export interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the field and announced with it; also marks the input aria-invalid. */
  error?: ReactNode;
  id?: string;
}

export function TextField({
  label,
  hint,
  error,
  id,
  className,
  required,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={cx('ui-field', className)}>
      <FieldLabel htmlFor={inputId} required={required}>
        {label}
      </FieldLabel>
      <input
        {...rest}
        id={inputId}
        type={type}
        className="ui-input"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error, rest['aria-describedby'])}
      />
      <FieldMessages id={inputId} hint={hint} error={error} />
    </div>
  );
}
