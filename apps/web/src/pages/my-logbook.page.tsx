import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../components/document-title';
import { ParticipantLogbook } from '../features/logbook';

export function MyLogbookPage() {
  const { mobilityId = '' } = useParams();
  const { t } = useTranslation('logbook');
  useDocumentTitle(t('title'));
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <p style={{ marginTop: 0 }}>
        <Link to={`/my-mobilities/${encodeURIComponent(mobilityId)}`}>{t('backToMobility')}</Link>
      </p>
      {/* keyed: another mobility has its own outbox and form state */}
      <ParticipantLogbook key={mobilityId} mobilityId={mobilityId} />
    </>
  );
}
