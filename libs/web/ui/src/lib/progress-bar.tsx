export interface ProgressBarProps {
  /** 0–100. */
  value: number;
  /** The accessible name, e.g. "Course progress". */
  label: string;
  /** The visible value text, e.g. "40% complete". */
  valueText?: string;
}

/** A determinate progress bar with its value as text beside it. */
export function ProgressBar({ value, label, valueText }: ProgressBarProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  const text = valueText ?? `${clamped}%`;
  return (
    <div className="ui-progress">
      <div
        className="ui-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={text}
      >
        <div className="ui-progress__fill" style={{ width: `${clamped}%` }} />
      </div>
      <span className="ui-progress__text">{text}</span>
    </div>
  );
}
