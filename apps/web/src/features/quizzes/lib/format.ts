import { intlLocale } from '../../../format/use-date-format';

/** 87.5 → "87.5%" (or "87,5 %") in the UI language. */
export function formatPercent(percent: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(
    percent / 100,
  );
}

/** 0.725 → "0.73" in the UI language; "–" for none. */
export function formatDecimal(value: number | null | undefined, lang: string, digits = 2): string {
  if (value == null) return '–';
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: digits }).format(value);
}
