import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MobilityView } from '@campus/contracts';
import { Button, Card, DescriptionList } from '@campus/web-ui';
import { ProblemAlert } from '../../../components/problem-alert';
import { QueryState } from '../../../components/query-state';
import { useDateFormat } from '../../../format/use-date-format';
import { saveFile } from '../../enrolments';
import { useDownloadCertificateFile } from '../hooks/use-certificates';
import { useMobilityCredential } from '../hooks/use-mobility-credential';
import { CertificateStatus } from './certificate-status';

/**
 * On a manager's mobility page, once validated: the mobility credential's status, its verification
 * page and its PDF. Revoking and re-issuing happen in the organisation's certificates list.
 */
export function MobilityCredentialSection({ orgId, mobility }: { orgId: string; mobility: MobilityView }) {
  const { t } = useTranslation('certificates');
  if (mobility.status !== 'validated') return null;
  return (
    <Card title={t('mobilityCredential.title')}>
      <CredentialContent orgId={orgId} mobilityId={mobility.id} participantId={mobility.participant.id} />
    </Card>
  );
}

function CredentialContent({
  orgId,
  mobilityId,
  participantId,
}: {
  orgId: string;
  mobilityId: string;
  participantId: string;
}) {
  const { t } = useTranslation('certificates');
  const fmt = useDateFormat();
  const credential = useMobilityCredential(orgId, mobilityId);
  const download = useDownloadCertificateFile();
  return (
    <QueryState query={credential} loadingLabel={t('mobilityCredential.loading')}>
      {({ certificate: c }) =>
        !c ? (
          <p role="status" style={{ margin: 0 }}>
            {t('mobilityCredential.pending')}
          </p>
        ) : (
          <div className="ui-stack">
            <DescriptionList
              items={[
                {
                  key: 'status',
                  term: t('mobilityCredential.status'),
                  description: <CertificateStatus certificate={c} />,
                },
                { key: 'issued', term: t('mobilityCredential.issuedAt'), description: fmt.date(c.issuedAt) },
                { key: 'code', term: t('mobilityCredential.code'), description: <code>{c.code}</code> },
              ]}
            />
            {download.error && <ProblemAlert error={download.error} />}
            <div className="ui-row" style={{ gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
              <Button
                variant="secondary"
                size="small"
                loading={download.isPending}
                onClick={() =>
                  download.mutate(c.pdfUrl, {
                    onSuccess: (blob) => saveFile(blob, `mobility-credential-${c.code}.pdf`),
                  })
                }
              >
                {t('mobilityCredential.downloadPdf')}
              </Button>
              <Link to={`/verify/${encodeURIComponent(c.code)}`}>{t('mobilityCredential.openVerify')}</Link>
            </div>
            <p className="ui-muted" style={{ margin: 0 }}>
              {t('mobilityCredential.manage')}{' '}
              <Link
                to={`/orgs/${encodeURIComponent(orgId)}/certificates?userId=${encodeURIComponent(participantId)}`}
              >
                {t('mobilityCredential.toList')}
              </Link>
            </p>
          </div>
        )
      }
    </QueryState>
  );
}
