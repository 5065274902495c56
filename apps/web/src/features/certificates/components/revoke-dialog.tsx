import { useTranslation } from 'react-i18next';
import { RevokeCertificateRequest, type OrgCertificateRow } from '@campus/contracts';
import { Button, Dialog, TextArea } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { useZodForm } from '../../../forms/use-zod-form';
import { useRevokeCertificate } from '../hooks/use-org-certificates';

const EMPTY = { reason: '' };

/**
 * What the revoke and re-issue dialogs name: the certificate, its holder and its course. An
 * organisation's row has this shape already; a course's row is given the course's title.
 */
export type CertificateSubject = Pick<OrgCertificateRow, 'id' | 'code' | 'courseTitle'> & {
  holder: Pick<OrgCertificateRow['holder'], 'name'>;
};

/**
 * Asks why a certificate is revoked; the reason is shown on the public verification page.
 * Mounted per certificate (keyed by the caller), so each opening starts with an empty reason.
 */
export function RevokeDialog({
  certificate,
  onClose,
  onRevoked,
}: {
  certificate: CertificateSubject;
  onClose: () => void;
  onRevoked: (certificate: CertificateSubject) => void;
}) {
  const { t } = useTranslation('certificates');
  const { t: tc } = useTranslation('common');
  const form = useZodForm(RevokeCertificateRequest, EMPTY);
  const revoke = useRevokeCertificate();
  const close = () => {
    if (!revoke.isPending) onClose();
  };

  return (
    <Dialog open title={t('org.revoke.title')} onClose={close}>
      <form
        ref={form.formRef}
        className="ui-form"
        noValidate
        onSubmit={form.handleSubmit((body) =>
          revoke.mutate(
            { id: certificate.id, body },
            { onSuccess: () => onRevoked(certificate), onError: form.applyServerErrors },
          ),
        )}
      >
        <p>
          {t('org.revoke.body', {
            name: certificate.holder.name,
            course: certificate.courseTitle,
            code: certificate.code,
          })}
        </p>
        {revoke.error && (
          <ProblemAlert error={revoke.error} messages={{ CONFLICT: t('org.revoke.alreadyRevoked') }} />
        )}
        <TextArea
          label={t('org.revoke.reason')}
          hint={t('org.revoke.reasonHint')}
          name="reason"
          required
          maxLength={500}
          data-autofocus
          value={form.values.reason}
          error={form.errors.reason}
          onChange={(e) => form.setValue('reason', e.target.value)}
        />
        <div className="ui-dialog__actions">
          <Button variant="secondary" onClick={close} disabled={revoke.isPending}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" variant="danger" loading={revoke.isPending}>
            {t('org.revoke.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
