import { useId, type ReactNode } from 'react';
import { cx } from './class-names';
import { FieldMessages } from './field';

export interface RadioOption {
  value: string;
  label: ReactNode;
}

export interface RadioGroupProps {
  legend: ReactNode;
  name?: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
  /** Options side by side rather than stacked. */
  inline?: boolean;
  disabled?: boolean;
  className?: string;
}

/** One choice among a few, as a fieldset of native radio buttons (arrow keys move between them). */
export function RadioGroup({
  legend,
  name,
  options,
  value,
  onChange,
  hint,
  error,
  inline,
  disabled,
  className,
}: RadioGroupProps) {
  const id = useId();
  const groupName = name ?? id;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={cx('ui-field', 'ui-radio-group', inline && 'ui-radio-group--inline', className)}
      aria-describedby={described || undefined}
      disabled={disabled}
    >
      <legend className="ui-label">{legend}</legend>
      <div className="ui-radio-group__options">
        {options.map((o) => (
          <div key={o.value} className="ui-check">
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={groupName}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </fieldset>
  );
}
