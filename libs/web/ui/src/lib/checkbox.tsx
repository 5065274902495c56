import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy, FieldMessages } from './field';

export interface CheckboxProps extends Omit<ComponentProps<'input'>, 'id' | 'type'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
}

export function Checkbox({ label, hint, error, id, className, ...rest }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={cx('ui-field', className)}>
      <div className="ui-check">
        <input
          {...rest}
          id={inputId}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, hint, error)}
        />
        <label htmlFor={inputId}>{label}</label>
      </div>
      <FieldMessages id={inputId} hint={hint} error={error} />
    </div>
  );
}

/** An on/off setting that takes effect at once (role="switch"); use Checkbox inside forms. */
export function Switch({ label, hint, error, id, className, ...rest }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={cx('ui-field', className)}>
      <label className="ui-switch" htmlFor={inputId}>
        <input
          {...rest}
          id={inputId}
          type="checkbox"
          role="switch"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, hint, error)}
        />
        <span className="ui-label">{label}</span>
      </label>
      <FieldMessages id={inputId} hint={hint} error={error} />
    </div>
  );
}
