import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { logbookApi } from '../api/logbook.api';
import { logbookKeys } from '../api/logbook.keys';
import { LogbookOutbox, outboxKey, type FlushResult, type LogEntryBody } from '../lib/logbook-outbox';
import { mergeSavedEntries } from './use-logbook';

/** How often a queue that could not be sent is tried again while the page is open. */
export const RETRY_INTERVAL_MS = 30_000;

function useOnline(): boolean {
  return useSyncExternalStore(
    (notify) => {
      window.addEventListener('online', notify);
      window.addEventListener('offline', notify);
      return () => {
        window.removeEventListener('online', notify);
        window.removeEventListener('offline', notify);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}

/**
 * The logbook's outbox for this person and mobility, and when to send it: when the page opens,
 * when the browser comes back online, on a timer while something waits, and right after a save.
 */
export function useLogbookOutbox(userId: string, mobilityId: string) {
  const queryClient = useQueryClient();
  const outbox = useMemo(
    () =>
      new LogbookOutbox({
        storage: window.localStorage,
        key: outboxKey(userId, mobilityId),
        send: (entryId, body) => logbookApi.put(mobilityId, entryId, body),
      }),
    [userId, mobilityId],
  );
  const items = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, outbox.getSnapshot);
  const online = useOnline();
  const [lastRun, setLastRun] = useState<FlushResult | null>(null);
  const [sending, setSending] = useState(false);

  const flush = useCallback(async () => {
    if (!outbox.pending().length) return;
    setSending(true);
    try {
      const result = await outbox.flush();
      setLastRun(result);
      mergeSavedEntries(queryClient, userId, mobilityId, result.sent);
      if (result.sent.length) await queryClient.invalidateQueries({ queryKey: logbookKeys.mine(mobilityId) });
    } finally {
      setSending(false);
    }
  }, [outbox, queryClient, userId, mobilityId]);

  // On opening the page and whenever the connection returns.
  useEffect(() => {
    if (online) void flush();
  }, [online, flush]);

  const waiting = items.some((i) => !i.error);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void flush(), RETRY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [waiting, flush]);

  // Another tab of this browser saved or sent entries.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === outboxKey(userId, mobilityId)) outbox.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [outbox, userId, mobilityId]);

  /** Keeps the entry on the device first, then sends it when there is a connection. */
  const save = useCallback(
    (entryId: string, body: LogEntryBody) => {
      outbox.enqueue(entryId, body);
      if (navigator.onLine) void flush();
    },
    [outbox, flush],
  );

  return {
    outbox,
    items,
    online,
    /** The browser says it is online but the last send could not reach Campus. */
    unreachable: online && lastRun?.stopped === 'network' && waiting,
    /** The last send stopped on a server failure; the timer tries again. */
    serverTrouble: lastRun?.stopped === 'transient' && waiting,
    sending,
    flush,
    save,
    discard: (entryId: string) => outbox.discard(entryId),
  };
}
