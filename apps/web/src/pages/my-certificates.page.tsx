import { useTranslation } from 'react-i18next';
import { PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../components/document-title';
import { MyCertificates } from '../features/certificates';

export function MyCertificatesPage() {
  const { t } = useTranslation('certificates');
  useDocumentTitle(t('mine.title'));
  return (
    <>
      <PageHeader title={t('mine.title')} description={t('mine.description')} />
      <MyCertificates />
    </>
  );
}
