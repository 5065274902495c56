import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Scores with 2 decimals in the UI language; a hidden or missing score reads as a dash. */
export function useScoreFormat(): (value: number | null | undefined) => string {
  const { i18n } = useTranslation('results');
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const format = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return (value) => (value === null || value === undefined ? '–' : format.format(value));
  }, [lang]);
}
