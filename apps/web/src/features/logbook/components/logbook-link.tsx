import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName, Card } from '@campus/web-ui';

/** On the participant's mobility page: what the logbook is for, and the way to it. */
export function LogbookLink({ mobilityId }: { mobilityId: string }) {
  const { t } = useTranslation('logbook');
  return (
    <Card title={t('title')}>
      <p style={{ marginTop: 0 }}>{t('description')}</p>
      <Link
        to={`/my-mobilities/${encodeURIComponent(mobilityId)}/logbook`}
        className={buttonClassName({ block: true })}
      >
        {t('open')}
      </Link>
    </Card>
  );
}
