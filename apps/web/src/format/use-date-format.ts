import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth';

/**
 * The partner countries' conventions: English dates the European way (22 Nov 2026, 19:23) and
 * European Portuguese (plain `pt` means Brazilian to most browsers); other languages as they are.
 */
const REGIONAL: Record<string, string> = { en: 'en-GB', pt: 'pt-PT' };
export function intlLocale(lang: string): string {
  return REGIONAL[lang] ?? lang;
}

function formatter(
  lang: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang, { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat(lang, options);
  }
}

/** Dates and times in the UI language and the signed-in user's time zone (the browser's otherwise). */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const lang = intlLocale(i18n.resolvedLanguage ?? 'en');
  const timeZone = user?.timeZone;
  return useMemo(() => {
    const dateTime = formatter(lang, timeZone, { dateStyle: 'medium', timeStyle: 'short' });
    const date = formatter(lang, timeZone, { dateStyle: 'medium' });
    const fmt = (f: Intl.DateTimeFormat) => (iso: string | null | undefined) =>
      iso ? f.format(new Date(iso)) : '';
    return { dateTime: fmt(dateTime), date: fmt(date), timeZone };
  }, [lang, timeZone]);
}
