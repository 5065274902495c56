import { useTranslation } from 'react-i18next';
import type { MentorActionView } from '@campus/contracts';
import { Card, EmptyState } from '@campus/web-ui';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { useMobilityFormat } from '../../mobilities';
import type { MentorActivityScope } from '../api/mentor.api';
import { useMentorActivity } from '../hooks/use-mentor-links';

/** What the host mentor did through their links, newest first: for the manager and the participant. */
export function MentorActivity({
  scope,
  headingLevel = 2,
}: {
  scope: MentorActivityScope;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('mentor');
  const activity = useMentorActivity(scope);
  return (
    <Card title={t('activity.title')} headingLevel={headingLevel}>
      <QueryState
        query={activity}
        loadingLabel={t('activity.loading')}
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title={t('activity.emptyTitle')}>{t('activity.emptyBody')}</EmptyState>}
      >
        {(list) => (
          <ol className="ui-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.map((a) => (
              <MentorActionItem key={a.id} action={a} />
            ))}
          </ol>
        )}
      </QueryState>
    </Card>
  );
}

function MentorActionItem({ action: a }: { action: MentorActionView }) {
  const { t } = useTranslation('mentor');
  const fmt = useDateFormat();
  const format = useMobilityFormat();
  const what = t(`activity.action.${a.action}`, {
    version: a.agreementVersion ?? '',
    date: a.entry ? format.date(a.entry.date) : '',
  });
  return (
    <li>
      <span className="ui-muted">{fmt.dateTime(a.at)}</span> · {what}
      {a.comment && (
        <blockquote className="ui-prewrap" style={{ margin: '0.25rem 0 0', paddingInlineStart: '0.75rem' }}>
          {a.comment}
        </blockquote>
      )}
    </li>
  );
}
