import { useTranslation } from 'react-i18next';
import type { MentorMobilityView } from '@campus/contracts';
import { Card, DescriptionList } from '@campus/web-ui';
import { useDateFormat } from '../../../format/use-date-format';
import { MobilityStatusBadge, useMobilityFormat } from '../../mobilities';

/** Who, where, when: the mobility as the mentor needs to recognise it. */
export function MentorOverview({ view }: { view: MentorMobilityView }) {
  const { t } = useTranslation('mentor');
  const format = useMobilityFormat();
  const fmt = useDateFormat();
  const m = view.mobility;
  return (
    <Card title={t('overview.title')}>
      <DescriptionList
        items={[
          { key: 'participant', term: t('overview.participant'), description: m.participantName },
          { key: 'sending', term: t('overview.sendingOrganisation'), description: m.sendingOrganisation },
          {
            key: 'host',
            term: t('overview.host'),
            description: `${m.host.name}, ${m.host.city} (${format.country(m.host.country)})`,
          },
          { key: 'dates', term: t('overview.dates'), description: format.period(m.startDate, m.endDate) },
          { key: 'activity', term: t('overview.activity'), description: format.activity(m.activityType) },
          {
            key: 'status',
            term: t('overview.status'),
            description: <MobilityStatusBadge status={m.status} />,
          },
          { key: 'mentor', term: t('overview.mentor'), description: m.mentor.name },
        ]}
      />
      <p className="ui-muted" style={{ marginBottom: 0 }}>
        {t('overview.linkExpires', { date: fmt.dateTime(view.linkExpiresAt) })}
      </p>
    </Card>
  );
}
