import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth';
import { intlLocale } from '../../../format/use-date-format';

/** hh:mm:ss in the UI language and the user's time zone (the browser's otherwise). */
export function useTimeFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const { user } = useSession();
  const lang = intlLocale(i18n.resolvedLanguage ?? 'en');
  const timeZone = user?.timeZone;
  return useMemo(() => {
    let f: Intl.DateTimeFormat;
    try {
      f = new Intl.DateTimeFormat(lang, { timeStyle: 'medium', timeZone });
    } catch {
      f = new Intl.DateTimeFormat(lang, { timeStyle: 'medium' });
    }
    return (iso: string) => (iso ? f.format(new Date(iso)) : '');
  }, [lang, timeZone]);
}
