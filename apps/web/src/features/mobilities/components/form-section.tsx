import type { ReactNode } from 'react';

/** One group of the mobility form's fields, named for assistive technology by its legend. */
export function FormSection({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="ui-radio-group ui-stack">
      <legend className="ui-card__title">{title}</legend>
      {hint && (
        <p className="ui-hint" style={{ margin: 0 }}>
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}
