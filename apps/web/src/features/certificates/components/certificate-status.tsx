import { useTranslation } from 'react-i18next';
import { Badge } from '@campus/web-ui';
import { useDateFormat } from '../../../format/use-date-format';

/** The reason the API records on a certificate replaced by a re-issued one. */
const SUPERSEDED = 'superseded';

/** Valid, or revoked with its date and reason (a re-issue's own reason in words), for a table cell. */
export function CertificateStatus({
  certificate,
}: {
  certificate: { revokedAt: string | null; revokedReason: string | null };
}) {
  const { t } = useTranslation('certificates');
  const fmt = useDateFormat();
  const { revokedAt, revokedReason } = certificate;
  if (!revokedAt) return <Badge tone="success">{t('org.valid')}</Badge>;
  return (
    <>
      <Badge tone="danger">{t('org.revoked')}</Badge>
      <br />
      <span className="ui-muted">
        {t('org.revokedOn', { date: fmt.date(revokedAt) })}
        {revokedReason && ` · ${revokedReason === SUPERSEDED ? t('org.superseded') : revokedReason}`}
      </span>
    </>
  );
}
