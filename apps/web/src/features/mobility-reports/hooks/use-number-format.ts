import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../format/use-date-format';

/** Counts and hours in the UI language (1 234,5 in Finnish); hours to at most two decimals. */
export function useNumberFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  const lang = intlLocale(i18n.resolvedLanguage ?? 'en');
  return useMemo(() => {
    const f = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    return (value: number) => f.format(value);
  }, [lang]);
}
