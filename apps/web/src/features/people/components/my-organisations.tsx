import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, Card, EmptyState } from '@campus/web-ui';
import { useCurrentUser } from '../../auth';

/** The dashboard's list of the user's organisations, each with what the role allows there. */
export function MyOrganisations() {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation('common');
  const user = useCurrentUser();
  if (!user.memberships.length) {
    return (
      <Card title={t('mine.title')}>
        <EmptyState title={t('mine.emptyTitle')}>{t('mine.emptyBody')}</EmptyState>
      </Card>
    );
  }
  return (
    <section aria-labelledby="my-organisations">
      <h2 id="my-organisations">{t('mine.title')}</h2>
      <ul className="ui-grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {user.memberships.map((m) => (
          <li key={m.organisationId} className="ui-card">
            <h3>{m.organisationName}</h3>
            <p>
              {t('mine.yourRole')}{' '}
              <Badge tone={m.role === 'manager' ? 'info' : 'neutral'}>{tc(`roles.${m.role}`)}</Badge>
            </p>
            <p className="ui-muted">{t(`mine.roleHint.${m.role}`)}</p>
            {m.role === 'manager' && (
              <Link to={`/orgs/${m.organisationId}/people`}>
                {t('mine.managePeople', { organisation: m.organisationName })}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
