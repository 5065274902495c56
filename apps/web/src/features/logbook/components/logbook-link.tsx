import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClassName } from '@campus/web-ui';

/** From the participant's mobility page to its logbook. */
export function LogbookLink({ mobilityId }: { mobilityId: string }) {
  const { t } = useTranslation('logbook');
  return (
    <p style={{ margin: 0 }}>
      <Link
        to={`/my-mobilities/${encodeURIComponent(mobilityId)}/logbook`}
        className={buttonClassName({ block: true })}
      >
        {t('open')}
      </Link>
    </p>
  );
}
