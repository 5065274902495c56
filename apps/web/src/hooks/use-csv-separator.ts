import { useCallback, useSyncExternalStore } from 'react';
import { CsvSeparator } from '@campus/contracts';

const STORAGE_KEY = 'campus.csvSeparator';
const listeners = new Set<() => void>();

function read(): CsvSeparator | undefined {
  try {
    const parsed = CsvSeparator.safeParse(globalThis.localStorage?.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // storage blocked: the server's default for the user's language
  }
}

/**
 * The separator CSV downloads ask for: undefined lets the server pick the one the user's language
 * expects (`;` where the decimal mark is a comma). Remembered on this device and shared by every
 * download button, so one choice serves them all.
 */
export function useCsvSeparator(): [CsvSeparator | undefined, (value: CsvSeparator | undefined) => void] {
  const value = useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    read,
    () => undefined,
  );
  const set = useCallback((next: CsvSeparator | undefined) => {
    try {
      if (next) globalThis.localStorage?.setItem(STORAGE_KEY, next);
      else globalThis.localStorage?.removeItem(STORAGE_KEY);
    } catch {
      // storage blocked: nothing to remember
    }
    listeners.forEach((l) => l());
  }, []);
  return [value, set];
}
