import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobilityActivityType } from '@campus/contracts';
import { countryName } from '../../../format/countries';
import { intlLocale } from '../../../format/use-date-format';

/** A calendar date (`2027-03-01`) is the same day everywhere: it is read and shown in UTC, never shifted. */
const atMidnightUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/** How a mobility's values read in the UI language. */
export function useMobilityFormat() {
  const { t, i18n } = useTranslation('mobilities');
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const dates = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      date: (date: string) => dates.format(atMidnightUtc(date)),
      /** "1–12 Mar 2027": a range as the language writes it. */
      period: (from: string, to: string) =>
        from === to
          ? dates.format(atMidnightUtc(from))
          : dates.formatRange(atMidnightUtc(from), atMidnightUtc(to)),
      /** The readable name with the Erasmus+ code the Beneficiary Module uses. */
      activity: (type: MobilityActivityType) =>
        t('activityWithCode', { label: t(`activityType.${type}`), code: type }),
      country: (code: string) => countryName(code, lang),
      days: (count: number) => t('days', { count }),
    };
  }, [t, lang]);
}
