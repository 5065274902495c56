import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@campus/web-ui';
import { useDocumentTitle } from '../components/document-title';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <EmptyState title={t('notFound.heading')} actions={<Link to="/">{t('notFound.home')}</Link>}>
        {t('notFound.body')}
      </EmptyState>
    </>
  );
}
