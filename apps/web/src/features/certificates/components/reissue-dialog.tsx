import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useReissueCertificate } from '../hooks/use-org-certificates';
import type { CertificateSubject } from './revoke-dialog';

/**
 * Asks before re-issuing: the current certificate is revoked as superseded and a new one issued.
 * Mounted per certificate (keyed by the caller); a failure stays in the dialog, next to the choice.
 */
export function ReissueDialog({
  certificate,
  onClose,
  onReissued,
}: {
  certificate: CertificateSubject;
  onClose: () => void;
  onReissued: (certificate: CertificateSubject) => void;
}) {
  const { t } = useTranslation('certificates');
  const { t: tc } = useTranslation('common');
  const reissue = useReissueCertificate();
  return (
    <ConfirmDialog
      open
      title={t('org.reissue.title')}
      confirmLabel={t('org.reissue.submit')}
      cancelLabel={tc('actions.cancel')}
      confirmVariant="primary"
      busy={reissue.isPending}
      onCancel={() => !reissue.isPending && onClose()}
      onConfirm={() => reissue.mutate(certificate.id, { onSuccess: () => onReissued(certificate) })}
    >
      <p>
        {t('org.reissue.body', {
          name: certificate.holder.name,
          course: certificate.courseTitle,
          code: certificate.code,
        })}
      </p>
      {reissue.error && (
        <ProblemAlert error={reissue.error} messages={{ CONFLICT: t('org.reissue.conflict') }} />
      )}
    </ConfirmDialog>
  );
}
