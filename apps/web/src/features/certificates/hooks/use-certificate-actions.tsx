import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReissueDialog } from '../components/reissue-dialog';
import { RevokeDialog, type CertificateSubject } from '../components/revoke-dialog';

/**
 * Revoke and re-issue for a table of certificates: `revoke(c)` and `reissue(c)` open the dialog,
 * `dialogs` renders whichever is open, and `announce` is told what was done.
 */
export function useCertificateActions(announce: (message: string) => void): {
  revoke: (certificate: CertificateSubject) => void;
  reissue: (certificate: CertificateSubject) => void;
  dialogs: ReactNode;
} {
  const { t } = useTranslation('certificates');
  const [toRevoke, setToRevoke] = useState<CertificateSubject | null>(null);
  const [toReissue, setToReissue] = useState<CertificateSubject | null>(null);
  const dialogs = (
    <>
      {toRevoke && (
        <RevokeDialog
          key={toRevoke.id}
          certificate={toRevoke}
          onClose={() => setToRevoke(null)}
          onRevoked={(c) => {
            setToRevoke(null);
            announce(t('org.revoke.done', { name: c.holder.name, course: c.courseTitle }));
          }}
        />
      )}
      {toReissue && (
        <ReissueDialog
          key={toReissue.id}
          certificate={toReissue}
          onClose={() => setToReissue(null)}
          onReissued={(c) => {
            setToReissue(null);
            announce(t('org.reissue.done', { name: c.holder.name, course: c.courseTitle }));
          }}
        />
      )}
    </>
  );
  return { revoke: setToRevoke, reissue: setToReissue, dialogs };
}
