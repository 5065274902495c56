import { useTranslation } from 'react-i18next';
import type { MobilityCredentialFacts } from '@campus/contracts';
import { Badge, DescriptionList } from '@campus/web-ui';
import { countryName } from '../../../format/countries';
import { intlLocale } from '../../../format/use-date-format';

/** A calendar date (`2027-03-01`) is the same day everywhere: read and shown in UTC, never shifted. */
const atMidnightUtc = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * What a mobility credential certifies, on the public verification page: the host, the dates and
 * days, the hours logged, the outcomes the host mentor confirmed with their rating, the mentor and
 * their statement.
 */
export function MobilityFacts({ mobility }: { mobility: MobilityCredentialFacts }) {
  const { t, i18n } = useTranslation('certificates');
  const lang = i18n.resolvedLanguage ?? 'en';
  const dates = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeZone: 'UTC' });
  const { startDate, endDate } = mobility;
  const period =
    startDate && endDate
      ? t('verifyMobility.dateRange', {
          from: dates.format(atMidnightUtc(startDate)),
          to: dates.format(atMidnightUtc(endDate)),
        })
      : null;
  const items = [
    ...(mobility.activityType
      ? [
          {
            key: 'activity',
            term: t('verifyMobility.activity'),
            description: `${t(`mobility.activityType.${mobility.activityType}`)} (${mobility.activityType})`,
          },
        ]
      : []),
    {
      key: 'host',
      term: t('verifyMobility.host'),
      description: [mobility.host.name, mobility.host.city].filter(Boolean).join(', '),
    },
    ...(mobility.host.country
      ? [
          {
            key: 'hostCountry',
            term: t('verifyMobility.hostCountry'),
            description: countryName(mobility.host.country, lang),
          },
        ]
      : []),
    ...(period ? [{ key: 'dates', term: t('verifyMobility.dates'), description: period }] : []),
    ...(mobility.durationDays !== null
      ? [
          {
            key: 'duration',
            term: t('verifyMobility.duration'),
            description: t('verifyMobility.days', { count: mobility.durationDays }),
          },
        ]
      : []),
    {
      key: 'hours',
      term: t('verifyMobility.hoursLogged'),
      description: t('verifyMobility.hours', { count: mobility.hours }),
    },
    ...(mobility.mentor
      ? [
          {
            key: 'mentor',
            term: t('verifyMobility.mentor'),
            description: t('verifyMobility.mentorOf', mobility.mentor),
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="mobility-facts" className="ui-stack">
      <h3 id="mobility-facts" style={{ margin: 0 }}>
        {t('verifyMobility.title')}
      </h3>
      <DescriptionList items={items} />
      {mobility.outcomes.length > 0 && (
        <>
          <h4 style={{ margin: 0 }}>{t('verifyMobility.outcomes')}</h4>
          <ul aria-label={t('verifyMobility.outcomes')}>
            {mobility.outcomes.map((o, i) => (
              <li key={i}>
                {o.statement}{' '}
                <Badge tone={o.rating === 'achieved' ? 'success' : 'warning'}>
                  {t(`verifyMobility.rating.${o.rating}`)}
                </Badge>
              </li>
            ))}
          </ul>
        </>
      )}
      {mobility.statement && (
        <>
          <h4 style={{ margin: 0 }}>{t('verifyMobility.statement')}</h4>
          <blockquote className="ui-prewrap" style={{ margin: 0 }}>
            {mobility.statement}
          </blockquote>
        </>
      )}
    </section>
  );
}
