import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { canManageOrganisation, useCurrentUser } from '../../auth';

/** The page's title, and its content only for managers of the organisation and platform admins. */
export function ManagerGate({
  orgId,
  title,
  description,
  children,
}: {
  orgId: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('enrolments');
  const user = useCurrentUser();
  useDocumentTitle(title);
  if (!canManageOrganisation(user, orgId)) {
    return (
      <>
        <PageHeader title={title} />
        <EmptyState title={t('notAllowedTitle')}>{t('notAllowedBody')}</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={title} description={description} />
      {children}
    </>
  );
}
