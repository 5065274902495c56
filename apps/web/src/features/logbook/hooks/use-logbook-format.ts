import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../format/use-date-format';

/** How the logbook's dates and hours read in the UI language. */
export function useLogbookFormat() {
  const { t, i18n } = useTranslation('logbook');
  const lang = intlLocale(i18n.resolvedLanguage ?? 'en');
  return useMemo(() => {
    // A calendar date is the same day everywhere: shown in UTC, never shifted.
    const long = new Intl.DateTimeFormat(lang, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const time = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      /** "Monday 1 March 2027": each day's heading and accessible name. */
      day: (date: string) => long.format(new Date(`${date}T00:00:00Z`)),
      hours: (hours: number) => t('hours', { count: hours, hours: number.format(hours) }),
      number: (n: number) => number.format(n),
      time: (iso: string) => time.format(new Date(iso)),
    };
  }, [t, lang]);
}
