import { useEffect, useMemo, useState } from 'react';
import { clockOffset, remainingMs } from '../lib/server-clock';

/**
 * Milliseconds left until `deadlineAt` by the server's clock (null without a deadline). The offset
 * between the server's and this device's clock is taken when `serverNow` arrives; after that only
 * elapsed time on this device counts, so a clock set wrong does not shorten or lengthen the time.
 */
export function useServerCountdown(deadlineAt: string | null, serverNow: string): number | null {
  const offset = useMemo(() => clockOffset(serverNow), [serverNow]);
  const [now, setNow] = useState(() => Date.now());
  const left = deadlineAt ? remainingMs(deadlineAt, offset, now) : null;
  const running = left !== null && left > 0;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return left;
}
