import { useId, type ComponentProps, type ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy, FieldLabel, FieldMessages } from './field';

export interface FileInputProps extends Omit<ComponentProps<'input'>, 'id' | 'type' | 'onChange'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
  /** The chosen file, or null when the choice was cleared. */
  onFileChange: (file: File | null) => void;
}

export function FileInput({
  label,
  hint,
  error,
  id,
  className,
  required,
  onFileChange,
  ...rest
}: FileInputProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={cx('ui-file', className)}>
      <FieldLabel htmlFor={inputId} required={required}>
        {label}
      </FieldLabel>
      <input
        {...rest}
        id={inputId}
        type="file"
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error, rest['aria-describedby'])}
        onChange={(e) => onFileChange(e.currentTarget.files?.[0] ?? null)}
      />
      <FieldMessages id={inputId} hint={hint} error={error} />
    </div>
  );
}
