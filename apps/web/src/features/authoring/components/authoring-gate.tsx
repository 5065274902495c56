import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';
import { canAuthorInOrganisation, useCurrentUser } from '../../auth';

/** The page's content only for trainers and managers of the organisation (and platform admins). */
export function AuthoringGate({
  orgId,
  title,
  children,
}: {
  orgId: string;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('authoring');
  const user = useCurrentUser();
  useDocumentTitle(title);
  if (!canAuthorInOrganisation(user, orgId)) {
    return (
      <>
        <PageHeader title={title} />
        <EmptyState title={t('notAllowedTitle')}>{t('notAllowedBody')}</EmptyState>
      </>
    );
  }
  return <>{children}</>;
}
