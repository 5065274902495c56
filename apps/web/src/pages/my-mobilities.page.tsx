import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../components/document-title';
import { MyMobilities, MyMobilityView } from '../features/mobilities';

export function MyMobilitiesPage() {
  const { t } = useTranslation('mobilities');
  useDocumentTitle(t('mine.title'));
  return (
    <>
      <PageHeader title={t('mine.title')} description={t('mine.description')} />
      <MyMobilities />
    </>
  );
}

export function MyMobilityPage() {
  const { mobilityId = '' } = useParams();
  return <MyMobilityView key={mobilityId} mobilityId={mobilityId} />;
}
