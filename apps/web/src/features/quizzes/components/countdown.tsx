import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerCountdown } from '../hooks/use-server-countdown';
import { formatDuration } from '../lib/server-clock';

export interface CountdownProps {
  deadlineAt: string | null;
  /** The server's clock when the attempt was fetched: the countdown is timed from it. */
  serverNow: string;
  /** Called once when the time is up. */
  onExpire?: () => void;
}

/** Minutes left that are announced to screen readers (the visible timer itself stays silent). */
const ANNOUNCE_AT_MINUTES = [10, 5, 1];

/** Time left in the attempt, by the server's clock. */
export function Countdown({ deadlineAt, serverNow, onExpire }: CountdownProps) {
  const { t } = useTranslation('quizzes');
  const left = useServerCountdown(deadlineAt, serverNow);
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(new Set<number>());
  const expired = useRef(false);
  const onExpireRef = useRef(onExpire);
  onExpireRef.current = onExpire;

  useEffect(() => {
    if (left === null) return;
    if (left === 0) {
      if (!expired.current) {
        expired.current = true;
        setAnnouncement(t('timer.up'));
        onExpireRef.current?.();
      }
      return;
    }
    const minutes = Math.ceil(left / 60_000);
    for (const m of ANNOUNCE_AT_MINUTES) {
      if (minutes <= m && !announced.current.has(m)) {
        // Only the smallest threshold reached is spoken; larger ones are marked as done silently.
        ANNOUNCE_AT_MINUTES.filter((x) => x >= m).forEach((x) => announced.current.add(x));
        setAnnouncement(t('timer.minutesLeft', { count: m }));
      }
    }
  }, [left, t]);

  if (left === null) return <span className="ui-muted">{t('timer.noLimit')}</span>;
  return (
    <>
      <span role="timer" className="ui-timer" data-urgent={left < 60_000} aria-live="off">
        {left === 0 ? t('timer.up') : t('timer.left', { time: formatDuration(left) })}
      </span>
      <span className="ui-visually-hidden" aria-live="assertive">
        {announcement}
      </span>
    </>
  );
}
