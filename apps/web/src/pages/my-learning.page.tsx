import { useTranslation } from 'react-i18next';
import { PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../components/document-title';
import { MyLearning } from '../features/courses';

export function MyLearningPage() {
  const { t } = useTranslation('courses');
  useDocumentTitle(t('myLearning.title'));
  return (
    <>
      <PageHeader title={t('myLearning.title')} description={t('myLearning.description')} />
      <MyLearning headingLevel={2} hideTitle />
    </>
  );
}
