import { useTranslation } from 'react-i18next';
import type { MobilityView } from '@campus/contracts';
import { Card, DescriptionList } from '@campus/web-ui';
import { languageAutonym } from '../../profile';
import { useMobilityFormat } from '../hooks/use-mobility-format';
import { MobilityStatusBadge } from './mobility-status-badge';

/** Every field of a mobility record, read-only: for its managers and for its participant. */
export function MobilityRecord({ mobility: m }: { mobility: MobilityView }) {
  const { t } = useTranslation('mobilities');
  const fmt = useMobilityFormat();
  return (
    // Two columns where they fit: a field's name and its value side by side need the room.
    <div
      className="ui-grid"
      style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 24rem), 1fr))' }}
    >
      <Card title={t('form.activitySection')}>
        <DescriptionList
          items={[
            {
              key: 'participant',
              term: t('record.participant'),
              description: (
                <>
                  {m.participant.name} <span className="ui-muted ui-mono">{m.participant.email}</span>
                </>
              ),
            },
            { key: 'activity', term: t('form.activityType'), description: fmt.activity(m.activityType) },
            {
              key: 'project',
              term: t('form.projectNumber'),
              description: <span className="ui-mono">{m.projectNumber}</span>,
            },
            {
              key: 'mobilityId',
              term: t('form.mobilityId'),
              description: <span className="ui-mono">{m.mobilityId}</span>,
            },
            {
              key: 'status',
              term: t('record.status'),
              description: <MobilityStatusBadge status={m.status} />,
            },
          ]}
        />
      </Card>
      <Card title={t('form.hostSection')}>
        <DescriptionList
          items={[
            { key: 'name', term: t('form.hostName'), description: m.host.name },
            { key: 'country', term: t('form.country'), description: fmt.country(m.host.country) },
            { key: 'city', term: t('form.city'), description: m.host.city },
            { key: 'address', term: t('form.address'), description: m.host.address },
            {
              key: 'website',
              term: t('form.website'),
              description: (
                <a href={m.host.website} target="_blank" rel="noopener noreferrer">
                  {m.host.website}
                </a>
              ),
            },
            {
              key: 'oid',
              term: t('form.oid'),
              description: m.host.oid ? <span className="ui-mono">{m.host.oid}</span> : t('record.noOid'),
            },
          ]}
        />
      </Card>
      <Card title={t('form.mentorSection')}>
        <DescriptionList
          items={[
            { key: 'name', term: t('form.mentorName'), description: m.mentor.name },
            { key: 'role', term: t('form.mentorRole'), description: m.mentor.role },
            {
              key: 'email',
              term: t('form.mentorEmail'),
              description: <a href={`mailto:${m.mentor.email}`}>{m.mentor.email}</a>,
            },
            {
              key: 'language',
              term: t('form.mentorLanguage'),
              description: <span lang={m.mentor.language}>{languageAutonym(m.mentor.language)}</span>,
            },
          ]}
        />
      </Card>
      <Card title={t('form.datesSection')}>
        <DescriptionList
          items={[
            {
              key: 'dates',
              term: t('record.activityDates'),
              description: fmt.period(m.startDate, m.endDate),
            },
            {
              key: 'duration',
              term: t('record.duration'),
              description: (
                <>
                  {fmt.days(m.durationDays)} <span className="ui-muted">({t('record.durationHint')})</span>
                </>
              ),
            },
            {
              key: 'travel',
              term: t('record.travelDays'),
              description: t('record.travelDaysValue', {
                before: fmt.days(m.travelDaysBefore),
                after: fmt.days(m.travelDaysAfter),
              }),
            },
            { key: 'funded', term: t('record.fundedTravelDays'), description: fmt.days(m.fundedTravelDays) },
            { key: 'transport', term: t('form.transport'), description: t(`transport.${m.transport}`) },
            { key: 'green', term: t('form.greenTravel'), description: m.greenTravel ? t('yes') : t('no') },
            {
              key: 'distance',
              term: t('form.distanceBand'),
              description: t('distanceBand', { band: m.distanceBand }),
            },
            {
              key: 'interruptions',
              term: t('form.interruptions'),
              description: m.interruptions.length ? (
                <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                  {m.interruptions.map((r) => (
                    <li key={r.from}>{fmt.period(r.from, r.to)}</li>
                  ))}
                </ul>
              ) : (
                t('record.noInterruptions')
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
