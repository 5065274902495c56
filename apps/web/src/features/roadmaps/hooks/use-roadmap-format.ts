import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../format/use-date-format';

/** Plain dates (`2027-09-01`, no time zone: read as UTC so no day shifts) and numbers in the UI language. */
export function useRoadmapFormat() {
  const { i18n } = useTranslation();
  const lang = intlLocale(i18n.resolvedLanguage ?? 'en');
  return useMemo(() => {
    const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    return {
      date: (d: string | null) => (d ? dates.format(new Date(`${d}T00:00:00Z`)) : ''),
      number: (n: number) => numbers.format(n),
    };
  }, [lang]);
}
