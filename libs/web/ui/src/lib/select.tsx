import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy, FieldLabel, FieldMessages } from './field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<ComponentProps<'select'>, 'id' | 'children'> {
  label: ReactNode;
  /** Hides the label visually (it stays for screen readers), e.g. for a role select inside a table row. */
  hideLabel?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  options: readonly SelectOption[];
  /** An empty first option, e.g. "All statuses". */
  placeholder?: string;
  inline?: boolean;
  id?: string;
}

export function Select({
  label,
  hideLabel,
  hint,
  error,
  options,
  placeholder,
  inline,
  id,
  className,
  required,
  ...rest
}: SelectProps) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className={cx('ui-field', className)}>
      {hideLabel ? (
        <label htmlFor={selectId} className="ui-visually-hidden">
          {label}
        </label>
      ) : (
        <FieldLabel htmlFor={selectId} required={required}>
          {label}
        </FieldLabel>
      )}
      <select
        {...rest}
        id={selectId}
        required={required}
        className={cx('ui-select', inline && 'ui-select--inline')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, hint, error, rest['aria-describedby'])}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={selectId} hint={hint} error={error} />
    </div>
  );
}
