import { cx } from './class-names';

export interface SpinnerProps {
  /** Announced to screen readers, e.g. "Loading members…". */
  label: string;
  size?: 'normal' | 'large';
  /** Centres the spinner in a padded block, for whole-section loading states. */
  block?: boolean;
  showLabel?: boolean;
}

export function Spinner({ label, size = 'normal', block = false, showLabel = false }: SpinnerProps) {
  return (
    <div
      role="status"
      className={cx('ui-spinner', size === 'large' && 'ui-spinner--large', block && 'ui-spinner--block')}
    >
      <span className="ui-spinner__circle" aria-hidden="true" />
      <span className={showLabel ? undefined : 'ui-visually-hidden'}>{label}</span>
    </div>
  );
}
