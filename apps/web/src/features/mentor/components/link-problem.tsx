import { useTranslation } from 'react-i18next';
import { PageHeader } from '@campus/web-ui';
import { useDocumentTitle } from '../../../components/document-title';

export type LinkProblemKind = 'expired' | 'revoked' | 'invalid';

/**
 * What a mentor sees when the link no longer opens anything: said plainly, with whom to ask
 * (the sending school, when the API named it).
 */
export function LinkProblem({ kind, organisation }: { kind: LinkProblemKind; organisation?: string }) {
  const { t } = useTranslation('mentor');
  const title = t(`link.${kind}.title`);
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} />
      <p>
        {kind === 'invalid'
          ? t('link.invalid.body')
          : organisation
            ? t(`link.${kind}.body`, { organisation })
            : t('link.askSchool')}
      </p>
    </>
  );
}
